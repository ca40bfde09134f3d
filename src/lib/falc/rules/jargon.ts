/**
 * Signale les mots et tournures administratives (`dispositif`, `levier`,
 * `structurant`, `mutualiser`, `transversal`, `dans le cadre de`,
 * `notamment`…) et propose un mot plus simple. La liste est écrite par le
 * projet : `src/lib/falc/data/jargon.ts`.
 *
 * Ne sont pas signalés : un mot qui est dans le glossaire du site (il est
 * expliqué par un lien), et un mot qui commence par une capitale ailleurs
 * qu’en début de phrase (un nom propre, le nom d’une action : « Dispositif
 * Jeunes »).
 *
 * ## Pourquoi
 *
 * Les mots de l’administration sont abstraits et peu connus. Un mot de tous
 * les jours dit la même chose et le lecteur le comprend sans aide.
 *
 * ## Source
 *
 * falc.md §1 règles 3 et 4 : des mots de tous les jours, pas de jargon ni de
 * mots abstraits [IE 6, 7, 10 ; RLS-6.4, 6.7] ; §3 : liste de mots
 * difficiles écrite par le projet, comme retext-simplify.
 *
 * ## Options
 *
 * - `exceptions` (défaut `[]`) : formes à ne pas signaler, en minuscules.
 */
import { JARGON, type JargonEntry } from '../data/jargon.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { isFirstWord, normaliseWord, startsUpper, norm } from '../text.ts';

interface Pattern {
  parts: string[];
  entry: JargonEntry;
}

const BY_FIRST_WORD = new Map<string, Pattern[]>();
for (const entry of JARGON) {
  for (const form of entry.forms) {
    const parts = normaliseWord(form).split(' ');
    // An elided last letter (`d'`) is matched as a prefix: index by the whole first part.
    const key = parts[0]!;
    const list = BY_FIRST_WORD.get(key) ?? [];
    list.push({ parts, entry });
    BY_FIRST_WORD.set(key, list);
  }
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.parts.length - a.parts.length);

export default defineRule(
  'falc:jargon',
  'nlcst',
  { exceptions: [] as string[] },
  ({ file, options, report }) => {
    const model = modelOf(file);
    const exceptions = new Set(options.exceptions);
    for (const sentence of model.sentences) {
      const words = sentence.words.map((word) => norm(word));
      for (let index = 0; index < words.length; index++) {
        const first = sentence.words[index]!;
        const candidates = BY_FIRST_WORD.get(words[index]!) ?? [];
        const found = candidates.find((pattern) => matches(pattern.parts, words, index));
        if (!found) continue;
        const text = found.parts.join(' ');
        if (exceptions.has(text)) continue;
        if (startsUpper(first.value) && !isFirstWord(sentence, first)) continue;
        if (found.entry.forms.some((form) => model.glossary.has(form)) || model.glossary.has(text)) continue;
        const last = sentence.words[index + found.parts.length - 1]!;
        const actual = sentence.text.slice(
          sentence.textStarts[sentence.tokens.indexOf(first)]!,
          sentence.textStarts[sentence.tokens.indexOf(last)]! + last.value.length,
        );
        const suggestions = found.entry.replace.map((word) => `« ${word} »`).join(' ou ');
        report({
          start: first.start,
          end: last.end,
          reason: `Mot administratif « ${actual} » : dites-le plus simplement, par exemple ${suggestions}.`,
          actual,
          expected: found.entry.replace,
        });
        index += found.parts.length - 1;
      }
    }
  },
);

function matches(parts: readonly string[], words: readonly string[], from: number): boolean {
  return parts.every((part, offset) => {
    const word = words[from + offset];
    if (word === undefined) return false;
    return part.endsWith("'") ? word.startsWith(part) : word === part;
  });
}
