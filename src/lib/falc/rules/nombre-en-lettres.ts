/**
 * Signale les nombres écrits en lettres (« trois », « vingt-deux »,
 * « cent ») et propose le nombre en chiffres. « un », « une » (aussi des
 * articles) et « neuf » (aussi un adjectif) ne sont pas signalés seuls.
 * « mille » non plus : c’est le mot des ordres de grandeur que demande
 * `falc:grand-nombre` (« presque 50 mille »).
 *
 * ## Pourquoi
 *
 * Un nombre en chiffres se repère d’un coup d’œil et se lit plus vite :
 * « 22 » plutôt que « vingt-deux ».
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.1 : les nombres écrits en
 *   chiffres arabes.
 *
 * ## Options
 *
 * - `exceptions` (défaut `[]`) : mots à ne pas signaler, en minuscules.
 */
import { NUMBER_PARTS, NUMBER_WORDS } from '../data/nombres.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { norm } from '../text.ts';

export default defineRule(
  'falc:nombre-en-lettres',
  'nlcst',
  { exceptions: [] as string[] },
  ({ file, options, report }) => {
    const exceptions = new Set(options.exceptions);
    for (const sentence of modelOf(file).sentences) {
      for (const word of sentence.words) {
        const lower = norm(word);
        // « mille » is the scale word of the orders of magnitude falc:grand-nombre asks for (« 50 mille »).
        if (exceptions.has(lower) || lower === 'mille') continue;
        const value = frenchNumber(lower);
        if (value === undefined) continue;
        report({
          start: word.start,
          end: word.end,
          reason: `Nombre en lettres « ${word.value} » : écrivez-le en chiffres, « ${value} ».`,
          actual: word.value,
          expected: [String(value)],
        });
      }
    }
  },
);

/**
 * Value of a French number word, or `undefined`: `trois` → 3,
 * `vingt-deux` → 22, `quatre-vingt-dix` → 90, `deux-cents` → 200,
 * `trois-mille` → 3000. A compound must hold at least one word that is a
 * number on its own (so `un-une` is not a number).
 */
export function frenchNumber(word: string): number | undefined {
  // Maps, not the data objects: a word is looked up as a key, never as `constructor` of a prototype.
  if (!word.includes('-')) return WORD_VALUES.get(word);
  const parts = word.split('-');
  if (!parts.every((part) => PART_VALUES.has(part))) return undefined;
  if (!parts.some((part) => WORD_VALUES.has(part))) return undefined;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    const value = PART_VALUES.get(part)!;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (value === 20 && current > 0 && current < 10) current *= 20; // quatre-vingt
    else current += value;
  }
  return total + current;
}

const WORD_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));
const PART_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_PARTS));
