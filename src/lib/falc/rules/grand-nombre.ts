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
 * Les années (nombre de 4 chiffres sans espace entre `anneeMin` et
 * `anneeMax`) ne sont pas signalées, sauf si un mot de quantité les suit
 * (« 2000 euros », « 1500 habitants »).
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
import { BIG_NUMBER_WORDS, QUANTITY_NOUNS } from '../data/nombres.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { numberValue } from '../normalise.ts';
import { orderOfMagnitude, SCALE_WORDS } from '../order-of-magnitude.ts';
import { norm } from '../text.ts';
import type { Token } from '../types.ts';

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
        if (parts.every(isYear) && !counted) return;
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

/** « 50 », « un »: the count of an order of magnitude (a whole number under 1 000). */
function isSmallWholeNumber(token: Token): boolean {
  const lower = norm(token);
  if (lower === 'un') return true;
  return token.isNumber === true && /^\d{1,3}$/.test(token.value);
}
