/**
 * Signale les pourcentages : le signe `%` (avec le nombre qui le précède),
 * `‰`, « pour cent », « pourcent », « pourcentage ».
 *
 * ## Pourquoi
 *
 * Un pourcentage est une division : beaucoup de lecteurs ne se la
 * représentent pas. Une comparaison se comprend mieux : « 1 personne sur 4 »,
 * « la moitié des enfants », « plus d’habitants à Arras qu’à Lens ».
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.2 : pas de pourcentages
 *   ni de grands nombres.
 *
 * ## Options
 *
 * Aucune.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { numberValue } from '../normalise.ts';
import { forEachMatch } from '../text.ts';

const PATTERN = /(?:(\d[\d \u00A0\u202F]*(?:[.,]\d+)?)[ \u00A0\u202F]*)?(%|‰)|\bpour[ -]?cent\b|\bpourcentages?\b/giu;

export default defineRule('falc:pourcentage', 'nlcst', {}, ({ file, report }) => {
  for (const sentence of modelOf(file).sentences) {
    forEachMatch(sentence, PATTERN, (match, start, end) => {
      const value = match[1] === undefined ? undefined : numberValue(match[1]);
      const expected = match[2] === '%' && value !== undefined ? comparison(value) : undefined;
      report({
        start,
        end,
        reason:
          `Pourcentage « ${match[0]} » : dites-le avec une comparaison` +
          (expected ? `, par exemple « ${expected} ».` : ', par exemple « 1 personne sur 4 ».'),
        actual: match[0],
        ...(expected ? { expected: [expected] } : {}),
      });
    });
  }
});

/** A comparison a reader can picture: 12,5 % → « 1 sur 8 ». */
export function comparison(percent: number): string | undefined {
  if (!(percent > 0) || percent >= 100) return undefined;
  if (percent === 50) return 'la moitié';
  if (percent > 50) return percent >= 90 ? 'presque tous' : 'plus de la moitié';
  return `environ 1 sur ${Math.round(100 / percent)}`;
}
