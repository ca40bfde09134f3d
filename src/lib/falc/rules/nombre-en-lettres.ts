/**
 * Signale les nombres écrits en lettres (« trois », « vingt-deux »,
 * « cent ») et propose le nombre en chiffres. « un », « une » (aussi des
 * articles) et « neuf » (aussi un adjectif) ne sont pas signalés seuls.
 * « mille » non plus : c’est le mot des ordres de grandeur que demande
 * `falc:grand-nombre` (« presque 50 mille »).
 *
 * Une fraction en lettres (« les deux tiers », « trois quarts ») est
 * signalée aussi, avec la forme à écrire : « 2 sur 3 », comme « 1 personne
 * sur 4 » que propose `falc:pourcentage`. Beaucoup de lecteurs ne
 * connaissent pas « tiers » ou « quart » ; « 2 personnes sur 3 » se compte.
 *
 * ## Pourquoi
 *
 * Un nombre en chiffres se repère d’un coup d’œil et se lit plus vite :
 * « 22 » plutôt que « vingt-deux ».
 * Une fraction est une division : « 2 sur 3 » dit ce qu’on compte.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.1 : les nombres écrits en
 *   chiffres arabes.
 * - Inclusion Europe, *L’information pour tous* : les nombres en chiffres,
 *   pas de pourcentages. « 2 sur 3 » pour une fraction est le choix du
 *   projet, la forme que `falc:pourcentage` propose déjà.
 *
 * ## Options
 *
 * - `exceptions` (défaut `[]`) : mots à ne pas signaler, en minuscules.
 */
import { FRACTION_WORDS, NUMBER_PARTS, NUMBER_WORDS } from '../data/nombres.ts';
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
      sentence.words.forEach((word, index) => {
        const lower = norm(word);
        // « mille » is the scale word of the orders of magnitude falc:grand-nombre asks for (« 50 mille »).
        if (exceptions.has(lower) || lower === 'mille') return;
        const value = frenchNumber(lower);
        if (value === undefined) return;
        const next = sentence.words[index + 1];
        const denominator = next ? FRACTION_WORDS.get(norm(next)) : undefined;
        if (next && denominator !== undefined) {
          const actual = `${word.value} ${next.value}`;
          const expected = `${value} sur ${denominator}`;
          report({
            start: word.start,
            end: next.end,
            reason: `Fraction en lettres « ${actual} » : écrivez-la avec des chiffres, « ${expected} » (par exemple « ${value} personnes sur ${denominator} »).`,
            actual,
            expected: [expected],
          });
          return;
        }
        report({
          start: word.start,
          end: word.end,
          reason: `Nombre en lettres « ${word.value} » : écrivez-le en chiffres, « ${value} ».`,
          actual: word.value,
          expected: [String(value)],
        });
      });
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
