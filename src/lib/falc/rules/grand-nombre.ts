/**
 * Signale les grands nombres : un nombre à partir de `min` (1 000), après
 * regroupement des chiffres (`1 500`, `1 500 000`, `1500`), et les mots
 * « million », « milliard ». Les années (nombre de 4 chiffres sans espace
 * entre `anneeMin` et `anneeMax`) ne sont pas signalées, sauf si un mot de
 * quantité les suit (« 2000 euros », « 1500 habitants »).
 *
 * ## Pourquoi
 *
 * Au-delà de 1 000, un nombre ne se représente plus : « 1 500 000 » ne dit
 * rien à beaucoup de lecteurs. Une comparaison ou « beaucoup » se comprend.
 *
 * ## Source
 *
 * falc.md §1 règle 8 : pas de grands nombres, au-delà de 1 000 [RLS-5.2 et
 * glossaire].
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
import { norm } from '../text.ts';

const REASON = 'remplacez-le par une comparaison ou par « beaucoup ».';

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
          report({ start: word.start, end: word.end, reason: `Grand nombre « ${word.value} » : ${REASON}`, actual: word.value });
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
        const value = numberValue(word.value);
        if (value >= options.min) {
          report({ start: word.start, end: word.end, reason: `Grand nombre « ${word.value} » : ${REASON}`, actual: word.value });
        }
      });
    }
  },
);
