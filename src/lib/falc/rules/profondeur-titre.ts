/**
 * Signale les titres qui compliquent la page :
 * - un titre `#` dans le texte : le titre de la page vient du champ `titre`
 *   du front matter ;
 * - un titre plus profond que `max` (`####` et plus) ;
 * - un titre numéroté (`## 2.4 Les aides`, `## II. Les aides`).
 *
 * ## Pourquoi
 *
 * Un ou deux niveaux de titres suffisent pour se repérer. Des numéros
 * comme « 2.4.5 » ne disent rien au lecteur : le titre doit dire de quoi
 * parle la partie.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, test RLS-6.6.5 : une hiérarchie de
 *   titres pas trop profonde, sans numérotation comme « 2.4.5a ».
 *
 * ## Options
 *
 * - `max` (défaut `3`) : niveau le plus profond permis (`###`).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { defineRule, spanOf } from '../define-rule.ts';
import { PICTOGRAM } from '../prepare.ts';

const NUMBERED = /^\s*(?:\d+[a-z]?|[IVXLC]+|[a-z])(?:[.)]\d*[a-z]?)*[.)-]?\s+/;

export default defineRule('falc:profondeur-titre', 'mdast', { max: 3 }, ({ tree, options, report }) => {
  visit(tree as Root, 'heading', (node) => {
    const span = spanOf(node);
    if (!span) return;
    if (node.depth === 1) {
      report({
        ...span,
        reason: 'Titre de niveau 1 dans le texte : le titre de la page vient du champ « titre ». Utilisez « ## » pour une partie.',
        actual: '#',
        expected: ['##'],
      });
    } else if (node.depth > options.max) {
      report({
        ...span,
        reason: `Titre de niveau ${node.depth} : ${options.max} niveaux au plus. Utilisez « ## » ou « ### ».`,
        actual: '#'.repeat(node.depth),
      });
    }
    const text = toString(node).replace(PICTOGRAM, '');
    const numbered = NUMBERED.exec(text);
    if (numbered && /\d|^[IVXLC]+[.)]/.test(numbered[0].trim())) {
      report({
        ...span,
        reason: `Titre numéroté « ${numbered[0].trim()} » : enlevez le numéro, le titre doit dire de quoi parle la partie.`,
        actual: numbered[0].trim(),
      });
    }
  });
});
