/**
 * Signale les dates écrites en chiffres : `12/03/2024`, `12.03.24`,
 * `12-03-2024`, `2024-03-12`, `03/2024`. Propose la date avec le mois en
 * lettres (« 12 mars 2024 »).
 *
 * ## Pourquoi
 *
 * « 12/03/2024 » oblige à savoir que le 2e nombre est le mois, puis à
 * retrouver son nom. « 12 mars 2024 » se lit tout de suite.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.3 : le mois en toutes
 *   lettres, pas de date « jj/mm/aaaa ».
 *
 * ## Options
 *
 * Aucune.
 */
import { MONTHS } from '../data/nombres.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';

const DAY_MONTH_YEAR = /^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})\/(\d{4})$/;

export default defineRule('falc:date-numerique', 'nlcst', {}, ({ file, report }) => {
  for (const sentence of modelOf(file).sentences) {
    for (const word of sentence.words) {
      const expected = dateInWords(word.value);
      if (expected === undefined) continue;
      report({
        start: word.start,
        end: word.end,
        reason: `Date en chiffres « ${word.value} » : écrivez le mois en lettres, « ${expected} ».`,
        actual: word.value,
        expected: [expected],
      });
    }
  }
});

/** `12/03/2024` → `12 mars 2024`; `undefined` when the word is not a numeric date. */
export function dateInWords(value: string): string | undefined {
  let day: number | undefined;
  let month: number;
  let year: string;
  const dmy = DAY_MONTH_YEAR.exec(value);
  const iso = ISO.exec(value);
  const my = MONTH_YEAR.exec(value);
  if (dmy) {
    day = Number(dmy[1]);
    month = Number(dmy[3]);
    year = dmy[4]!.length === 2 ? '20' + dmy[4] : dmy[4]!;
  } else if (iso) {
    year = iso[1]!;
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (my) {
    month = Number(my[1]);
    year = my[2]!;
  } else {
    return undefined;
  }
  const name = MONTHS[month - 1];
  if (!name || (day !== undefined && (day < 1 || day > 31))) return undefined;
  return day === undefined ? `${name} ${year}` : `${day === 1 ? '1er' : day} ${name} ${year}`;
}
