/**
 * Signale une phrase qui a plus de `max` virgules. Les virgules des
 * nombres (`12,5`) ne comptent pas.
 *
 * ## Pourquoi
 *
 * Chaque virgule ajoute un morceau à la phrase. Beaucoup de virgules
 * veulent souvent dire plusieurs idées dans une seule phrase : il vaut
 * mieux une idée par phrase.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-4.1 : une idée par phrase.
 * Compter les virgules (2 au plus) en est une mesure approchée, choisie
 * par le projet.
 *
 * ## Options
 *
 * - `max` (défaut `2`) : nombre de virgules permis.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';

export default defineRule('falc:virgules', 'nlcst', { max: 2 }, ({ file, options, report }) => {
  for (const sentence of modelOf(file).sentences) {
    const commas = sentence.tokens.filter((token) => token.kind === 'punct' && token.value === ',').length;
    if (commas <= options.max) continue;
    report({
      start: sentence.start,
      end: sentence.end,
      reason: `Phrase avec ${commas} virgules : ${options.max} au plus. Coupez-la en phrases plus courtes.`,
    });
  }
});
