/**
 * Signale les phrases trop longues. Les mots sont comptés après la
 * normalisation française : `1 500 000`, `12,5`, `M.`, `n°`, `1er`, `c’est`
 * comptent chacun pour un mot ; `%` et `€` ne sont pas des mots.
 *
 * Au-delà de `avertissement` mots (12), la phrase reçoit un avertissement ;
 * au-delà de `max` mots (15), une erreur.
 *
 * ## Pourquoi
 *
 * Une phrase courte se lit d’un coup : le lecteur garde en tête le début de la
 * phrase quand il arrive à la fin. Une phrase longue porte souvent plusieurs
 * idées : il faut la couper.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-4.1 : des phrases courtes,
 *   une idée par phrase.
 * - Inclusion Europe, *L’information pour tous* : des phrases courtes.
 * Les nombres (12 si possible, 15 au plus) sont un choix du projet : 12 est
 * la limite souvent donnée par les guides de rédaction FALC français.
 *
 * ## Options
 *
 * - `avertissement` (défaut `12`) : au-delà, avertissement.
 * - `max` (défaut `15`) : au-delà, erreur (si la règle est réglée en erreur).
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';

export default defineRule(
  'falc:phrase-longue',
  'nlcst',
  { avertissement: 12, max: 15 },
  ({ file, options, report }) => {
    for (const sentence of modelOf(file).sentences) {
      const count = sentence.wordCount;
      if (count > options.max) {
        report({
          start: sentence.start,
          end: sentence.end,
          reason: `Phrase de ${count} mots : ${options.max} au plus. Coupez-la en deux phrases.`,
        });
      } else if (count > options.avertissement) {
        report({
          start: sentence.start,
          end: sentence.end,
          reason: `Phrase de ${count} mots : ${options.avertissement} au plus si possible. Raccourcissez-la ou coupez-la.`,
          warning: true,
        });
      }
    }
  },
);
