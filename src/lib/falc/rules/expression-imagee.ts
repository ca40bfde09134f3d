/**
 * Signale les expressions imagées et les figures de style (« mettre à
 * l’honneur », « garder le silence », « ça marche » pour un service, « une
 * richesse », « un coup de pouce », « au cœur de »…) et propose des mots
 * simples. La liste est écrite par le projet :
 * `src/lib/falc/data/expressions.ts`. Elle ne garde que des expressions qui
 * sont imagées dans tous les cas : « ouvrir les portes » ou « sur le
 * terrain » peuvent être vrais au sens propre, ils n’y sont pas.
 *
 * Comme pour `falc:jargon`, une expression qui commence par une capitale
 * ailleurs qu’en début de phrase (le nom d’une action) n’est pas signalée.
 *
 * ## Pourquoi
 *
 * Une expression imagée ne dit pas ce que disent ses mots. Un lecteur qui
 * lit mot à mot comprend « garder le silence » comme « garder une chose »,
 * et « ça marche » comme « ça a des jambes ».
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-6.4 : pas de jargon,
 *   d’expressions idiomatiques, de métaphores ni de figures de style.
 * - Inclusion Europe, *L’information pour tous* : pas de mots ni
 *   d’expressions dont le sens n’est pas celui des mots.
 *
 * ## Options
 *
 * - `exceptions` (défaut `[]`) : expressions à ne pas signaler, en minuscules.
 */
import { IDIOMS } from '../data/expressions.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { PhraseList } from '../phrase-list.ts';
import { isFirstWord, startsUpper } from '../text.ts';

const PHRASES = new PhraseList(IDIOMS, (entry) => entry.forms);

export default defineRule(
  'falc:expression-imagee',
  'nlcst',
  { exceptions: [] as string[] },
  ({ file, options, report }) => {
    const exceptions = new Set(options.exceptions);
    for (const sentence of modelOf(file).sentences) {
      for (const { entry, form, first, last, actual } of PHRASES.find(sentence)) {
        if (exceptions.has(form)) continue;
        if (startsUpper(first.value) && !isFirstWord(sentence, first)) continue;
        const suggestions = entry.plain.map((words) => `« ${words} »`).join(' ou ');
        report({
          start: first.start,
          end: last.end,
          reason: `Expression imagée « ${actual} » : le lecteur peut la prendre mot à mot. Dites-le simplement, par exemple ${suggestions}.`,
          actual,
          expected: entry.plain,
        });
      }
    }
  },
);
