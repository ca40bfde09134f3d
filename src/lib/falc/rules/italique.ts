/**
 * Signale le texte en italique (`*mot*`, `_mot_`, `<em>`, `<i>`). Le gras
 * (`**mot**`) est permis.
 *
 * ## Pourquoi
 *
 * Les lettres penchées sont plus difficiles à reconnaître. Pour insister
 * sur un mot, le gras se lit mieux.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, tests RLS-1.2.4 (pas d’italique) et
 *   RLS-1.2.5 (pas d’autre décoration que le gras, et le soulignement des
 *   liens).
 *
 * ## Options
 *
 * Aucune.
 */
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { defineRule, spanOf } from '../define-rule.ts';

const HTML_ITALIC = /^<(em|i)(\s[^>]*)?>$/i;

export default defineRule('falc:italique', 'mdast', {}, ({ tree, report }) => {
  visit(tree as Root, (node) => {
    const span = spanOf(node);
    if (!span) return;
    if (node.type === 'emphasis' || (node.type === 'html' && HTML_ITALIC.test((node as Html).value.trim()))) {
      report({
        ...span,
        reason: 'Texte en italique : enlevez l’italique. Pour insister, mettez le texte en gras.',
      });
    }
  });
});
