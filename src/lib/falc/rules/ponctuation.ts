/**
 * Signale la ponctuation compliquée : point-virgule `;`, parenthèses `( )`,
 * crochets `[ ]`, points de suspension `…` ou `...`, et tiret entre deux
 * espaces (` - `, ` – `, ` — `). Le trait d’union dans un mot
 * (`peut-être`, `Pas-de-Calais`) est permis.
 *
 * ## Pourquoi
 *
 * Ces signes coupent la phrase en morceaux ou ajoutent une idée au milieu
 * d’une autre. Le lecteur perd le fil. Un point et une nouvelle phrase
 * disent la même chose plus simplement.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-4.2 : pas de `;` `( )`
 *   `[ ]` `…` ni de tiret.
 *
 * ## Options
 *
 * Aucune.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { forEachMatch } from '../text.ts';

const PATTERN = /\([^()\n]*\)|\[[^[\]\n]*\]|[()[\]]|\.{3,}|…|;|(?:^|\s)[-–—](?=\s|$)/g;

export default defineRule('falc:ponctuation', 'nlcst', {}, ({ file, report }) => {
  for (const sentence of modelOf(file).sentences) {
    forEachMatch(sentence, PATTERN, (match, start, end) => {
      const found = match[0].trim();
      const lead = match[0].length - match[0].trimStart().length;
      const at = start + lead;
      if (found === ';') {
        report({ start: at, end, reason: 'Point-virgule : coupez la phrase en deux avec un point.', actual: ';', expected: ['.'] });
      } else if (found.startsWith('(') || found === ')') {
        report({ start: at, end, reason: 'Parenthèses : écrivez cette information dans une phrase à part.', actual: found });
      } else if (found.startsWith('[') || found === ']') {
        report({ start: at, end, reason: 'Crochets : écrivez cette information dans une phrase à part.', actual: found });
      } else if (found === '…' || found.startsWith('...')) {
        report({ start: at, end, reason: 'Points de suspension : finissez la phrase par un point.', actual: found, expected: ['.'] });
      } else {
        report({ start: at, end, reason: 'Tiret entre deux espaces : coupez la phrase en deux avec un point.', actual: found, expected: ['.'] });
      }
    });
  }
});
