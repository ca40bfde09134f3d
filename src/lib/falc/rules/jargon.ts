/**
 * Signale les mots et tournures administratives (`dispositif`, `levier`,
 * `structurant`, `mutualiser`, `transversal`, `dans le cadre de`,
 * `notamment`…) et propose un mot plus simple. La liste est écrite par le
 * projet : `src/lib/falc/data/jargon.ts`.
 *
 * Ne sont pas signalés : un mot qui est dans le glossaire du site ou qui fait
 * partie d’un terme du glossaire écrit dans la phrase (« inclusifs » dans
 * « habitats inclusifs ») : il est expliqué par un lien ; et un mot qui commence par une capitale ailleurs
 * qu’en début de phrase (un nom propre, le nom d’une action : « Dispositif
 * Jeunes »).
 *
 * ## Pourquoi
 *
 * Les mots de l’administration sont abstraits et peu connus. Un mot de tous
 * les jours dit la même chose et le lecteur le comprend sans aide.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critères RLS-6.4 (pas de jargon ni de
 *   concepts abstraits) et RLS-6.7 (expliquer les mots difficiles).
 * - Inclusion Europe, *L’information pour tous* : des mots faciles à
 *   comprendre, de tous les jours.
 * La liste de mots est écrite par le projet, à la manière de
 * retext-simplify.
 *
 * ## Options
 *
 * - `exceptions` (défaut `[]`) : formes à ne pas signaler, en minuscules.
 */
import { JARGON } from '../data/jargon.ts';
import { defineRule } from '../define-rule.ts';
import { glossaryTermWords } from '../glossary-terms.ts';
import { modelOf } from '../model.ts';
import { PhraseList } from '../phrase-list.ts';
import { isFirstWord, startsUpper } from '../text.ts';

const PHRASES = new PhraseList(JARGON, (entry) => entry.forms);

export default defineRule(
  'falc:jargon',
  'nlcst',
  { exceptions: [] as string[] },
  ({ file, options, report }) => {
    const model = modelOf(file);
    const exceptions = new Set(options.exceptions);
    for (const sentence of model.sentences) {
      const matches = PHRASES.find(sentence);
      const inGlossaryTerm = matches.length > 0 ? glossaryTermWords(model, sentence) : undefined;
      for (const { entry, form, first, last, actual } of matches) {
        if (exceptions.has(form)) continue;
        if (inGlossaryTerm?.has(first) && inGlossaryTerm.has(last)) continue;
        if (startsUpper(first.value) && !isFirstWord(sentence, first)) continue;
        if (entry.forms.some((candidate) => model.glossary.has(candidate)) || model.glossary.has(form)) continue;
        const suggestions = entry.replace.map((word) => `« ${word} »`).join(' ou ');
        report({
          start: first.start,
          end: last.end,
          reason: `Mot administratif « ${actual} » : dites-le plus simplement, par exemple ${suggestions}.`,
          actual,
          expected: entry.replace,
        });
      }
    }
  },
);
