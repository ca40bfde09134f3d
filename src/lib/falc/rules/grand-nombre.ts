/**
 * Signale les grands nombres écrits en chiffres : un nombre à partir de `min`
 * (1 000), après regroupement des chiffres (`1 500`, `1 500 000`, `1500`),
 * et propose un ordre de grandeur : 48 618 → « presque 50 mille »,
 * 1 159 → « plus de mille », 1 450 000 → « plus de 1 million ».
 *
 * Un ordre de grandeur est permis : un petit nombre entier suivi de
 * « mille », « millions » ou « milliards » (« 50 mille », « 16 millions »,
 * « un million »). « 1,5 million » (un nombre à virgule) est signalé.
 * « des millions » est laissé à `falc:quantite-vague`.
 *
 * Les années ne sont pas signalées : un nombre de 4 chiffres sans espace
 * entre `anneeMin` et `anneeMax` est une année là où l’on attend une année :
 * après « en », « depuis », « fin », un mois… (« en 1811 », « depuis 2022 »,
 * « mars 2024 »), dans une période (« 2024-2025 », « de 2022 à 2027 »,
 * « en 2022 et 2023 »), après un nom propre (« les Jeux de Paris 2024 »),
 * seul en début de phrase (« 2024 : … », un titre),
 * ou après « de » sans mot derrière (« Ce plan date de 2023. »). Ailleurs c’est une quantité : « 1811 assistants familiaux »,
 * « plus de 1200 places », et un mot de quantité après le nombre en fait
 * toujours une quantité (« en 2000 euros »).
 *
 * Les phrases des chiffres clés (`chiffresCles[].texte` des pages FALC) sont
 * vérifiées aussi (`npm run lint:content`) : leur propre chiffre y est un
 * avertissement, puisque la carte peut le garder exact ; la vérification des
 * chiffres clés accepte l’ordre de grandeur proposé ici.
 *
 * ## Pourquoi
 *
 * Au-delà de 1 000, un nombre ne se représente plus : « 48 618 arbres » ne
 * dit rien à beaucoup de lecteurs, « presque 50 mille arbres » se retient.
 * « Presque » et « plus de » gardent la phrase vraie.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.2 : pas de pourcentages ni
 *   de grands nombres.
 * - Inclusion Europe, *L’information pour tous* : éviter les grands
 *   nombres. L’ordre de grandeur avec « presque » ou « plus de » est le
 *   choix du projet pour garder le fait exact et lisible.
 *
 * ## Options
 *
 * - `min` (défaut `1000`) : plus petit nombre signalé.
 * - `anneeMin` (défaut `1000`) et `anneeMax` (défaut `2100`) : les années
 *   permises.
 */
import { BEFORE_YEAR, BETWEEN_YEARS, BIG_NUMBER_WORDS, QUANTITY_NOUNS } from '../data/nombres.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { numberValue } from '../normalise.ts';
import { orderOfMagnitude, SCALE_WORDS } from '../order-of-magnitude.ts';
import { adjacent, norm, startsUpper, withoutElision } from '../text.ts';
import type { Sentence, Token } from '../types.ts';

/** Words before « millions » that make it vague rather than big (`falc:quantite-vague`). */
const VAGUE = new Set(['des', 'plusieurs', 'quelques']);

function reason(written: string, value: number | undefined): string {
  const advice = value === undefined ? 'donnez un ordre de grandeur' : `dites un ordre de grandeur, par exemple « ${orderOfMagnitude(value)} »`;
  return `Grand nombre « ${written} » : ${advice}, ou une comparaison.`;
}

export default defineRule(
  'falc:grand-nombre',
  'nlcst',
  { min: 1000, anneeMin: 1000, anneeMax: 2100 },
  ({ file, options, report }) => {
    for (const sentence of modelOf(file).sentences) {
      const { words } = sentence;
      const years = new Set<number>();
      words.forEach((word, index) => {
        const lower = norm(word);
        if (BIG_NUMBER_WORDS.has(lower)) {
          const previous = words[index - 1];
          if (previous && VAGUE.has(norm(previous))) return;
          if (previous && isSmallWholeNumber(previous)) return;
          const value = previous?.isNumber ? numberValue(previous.value) * SCALE_WORDS.get(lower)! : undefined;
          const start = previous?.isNumber ? previous.start : word.start;
          const written = previous?.isNumber ? `${previous.value} ${word.value}` : word.value;
          report({ start, end: word.end, reason: reason(written, value), actual: written, ...(value ? { expected: [orderOfMagnitude(value)] } : {}) });
          return;
        }
        // Periods of years (`2022-2027`) are years too.
        const parts = /^\d{4}[-–]\d{4}$/.test(word.value) ? word.value.split(/[-–]/) : [word.value];
        if (!word.isNumber && parts.length === 1) return;
        const next = words[index + 1];
        const counted = next !== undefined && QUANTITY_NOUNS.has(norm(next));
        const isYear = (part: string) =>
          /^\d{4}$/.test(part) && Number(part) >= options.anneeMin && Number(part) <= options.anneeMax;
        if (parts.every(isYear) && !counted && (parts.length > 1 || inYearContext(sentence, index, years))) {
          years.add(index);
          return;
        }
        if (parts.length > 1) return;
        // « 50 mille », « 16 millions »: an order of magnitude, what this rule asks for.
        if (next && SCALE_WORDS.has(norm(next)) && isSmallWholeNumber(word)) return;
        const value = numberValue(word.value);
        if (value >= options.min) {
          report({ start: word.start, end: word.end, reason: reason(word.value, value), actual: word.value, expected: [orderOfMagnitude(value)] });
        }
      });
    }
  },
);

/**
 * True when the 4-digit number at `index` is where a year is expected: after a
 * word of time (« en », « depuis », « mars »), joined to a year just before
 * (« de 2022 à 2027 »: `years` holds the years already found in the
 * sentence), « de » after a word of time (« à partir de 2024 », « fin de
 * 2024 ») or before no word (« les Jeux olympiques de 2024. »: a quantity
 * says what it counts), before « à » / « et » (« de 2022 à… »), or first
 * and followed by no word (« 2024 : », a heading « 2024 »).
 */
function inYearContext(sentence: Sentence, index: number, years: ReadonlySet<number>): boolean {
  const words = sentence.words;
  const before = (back: number) => (index - back >= 0 ? norm(words[index - back]!) : undefined);
  const previous = before(1);
  const next = words[index + 1];
  const alone = next === undefined || !adjacent(sentence, words[index]!, next);
  if (previous === undefined) return alone || BETWEEN_YEARS.has(norm(next!));
  // « Paris 2024 », « Euro 2016 »: an event's name and its year.
  if (index > 1 && startsUpper(words[index - 1]!.value)) return true;
  // « qu’en 2023 », « l’été 2024 »: the elided word is the word of time.
  if (BEFORE_YEAR.has(previous) || BEFORE_YEAR.has(withoutElision(previous))) return true;
  if ((previous === 'de' || previous === 'du') && (alone || BEFORE_YEAR.has(before(2) ?? '') || before(2) === 'partir')) return true;
  if (BETWEEN_YEARS.has(previous) && (years.has(index - 2) || years.has(index - 3))) return true;
  return !alone && BETWEEN_YEARS.has(norm(next!));
}

/** « 50 », « un »: the count of an order of magnitude (a whole number under 1 000). */
function isSmallWholeNumber(token: Token): boolean {
  const lower = norm(token);
  if (lower === 'un') return true;
  return token.isNumber === true && /^\d{1,3}$/.test(token.value);
}
