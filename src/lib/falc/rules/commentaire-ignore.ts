/**
 * Vérifie les commentaires qui masquent un message, écrits sur la ligne
 * juste avant la ligne à masquer :
 *
 * ```md
 * <!-- falc-ignore falc:grand-nombre : nom d’une loi -->
 * La loi du 11 février 2005 aide les personnes handicapées.
 * ```
 *
 * Erreur si le commentaire n’a pas de raison (après « : »), pas de règle, une
 * règle inconnue, ou s’il n’est pas juste avant une ligne de texte.
 * Avertissement s’il ne masque aucun message (il est devenu inutile).
 * Les messages masqués sont comptés dans le résumé de chaque page.
 *
 * ## Pourquoi
 *
 * Une règle peut se tromper sur un nom propre ou un cas rare. La raison
 * écrite permet au relecteur de juger l’exception ; sans raison, le
 * commentaire cacherait un vrai problème.
 *
 * ## Source
 *
 * Choix du projet (issue 4) : une exception se justifie, comme un
 * `eslint-disable` avec une description.
 *
 * ## Options
 *
 * Aucune.
 */
import { defineRule } from '../define-rule.ts';
import { IGNORE_RULE_ID } from '../ignore.ts';

export default defineRule(IGNORE_RULE_ID, 'mdast', {}, ({ file, report }) => {
  for (const comment of file.data.falcIgnores ?? []) {
    if (comment.problem) {
      report({ start: comment.start, end: comment.end, reason: comment.problem });
    } else if (!comment.used) {
      report({
        start: comment.start,
        end: comment.end,
        reason: `Commentaire falc-ignore inutile : la ligne ${comment.targetLine} n’a pas de message ${comment.ruleIds.join(', ')}. Enlevez-le.`,
        warning: true,
      });
    }
  }
});
