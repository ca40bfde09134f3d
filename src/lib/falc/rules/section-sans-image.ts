/**
 * Signale une partie (titre `##`) sans image : le titre doit commencer par
 * le nom d’un pictogramme écrit `:nom:` (lettres minuscules, chiffres,
 * tirets), comme `## :mairie: Ce que fait le Département`. Une image
 * Markdown (`![…](…)`) dans la partie compte aussi comme image.
 *
 * Un pictogramme mal écrit (`:Mairie:`, `:mairie :`) est signalé. Si la
 * liste des pictogrammes du site est donnée (option `pictogrammes`), un nom
 * inconnu est signalé aussi.
 *
 * ## Pourquoi
 *
 * L’image aide le lecteur à comprendre de quoi parle la partie avant de
 * lire, et à la retrouver plus tard. La même image revient pour la même idée.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critères RLS-3 (illustrations) : des
 *   images présentes et utiles, près du texte qu’elles illustrent.
 *
 * ## Options
 *
 * - `profondeur` (défaut `2`) : niveau des titres qui ouvrent une partie.
 * - `pictogrammes` (défaut `[]`, pas de contrôle) : noms connus.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { defineRule, spanOf } from '../define-rule.ts';
import { PICTOGRAM_LIKE } from '../prepare.ts';

export default defineRule(
  'falc:section-sans-image',
  'mdast',
  { profondeur: 2, pictogrammes: [] as string[] },
  ({ tree, file, options, report }) => {
    const root = tree as Root;
    const pictograms = new Map((file.data.falcPictograms ?? []).map((item) => [item.start, item]));
    const known = new Set(options.pictogrammes);
    root.children.forEach((node, index) => {
      if (node.type !== 'heading' || node.depth !== options.profondeur) return;
      const span = spanOf(node);
      if (!span) return;
      const firstOffset = node.children[0]?.position?.start.offset ?? -1;
      const pictogram = pictograms.get(firstOffset);
      const title = toString(node).trim();
      if (pictogram) {
        if (known.size > 0 && !known.has(pictogram.name)) {
          report({
            start: pictogram.start,
            end: pictogram.end,
            reason: `Pictogramme « ${pictogram.name} » inconnu : choisissez un nom de la liste des pictogrammes du site.`,
            actual: pictogram.name,
          });
        }
        return;
      }
      const malformed = PICTOGRAM_LIKE.exec(title);
      if (malformed) {
        report({
          ...span,
          reason: `Pictogramme mal écrit « ${malformed[0]} » : écrivez son nom en minuscules entre deux « : », sans espace, comme « :mairie: ».`,
          actual: malformed[0],
        });
        return;
      }
      if (sectionHasImage(root.children, index, options.profondeur)) return;
      report({
        ...span,
        reason: `Partie « ${title} » sans image : commencez le titre par un pictogramme, comme « ## :mairie: ${title} ».`,
      });
    });
  },
);

/** True when a Markdown image sits between this heading and the next one of the same depth. */
function sectionHasImage(children: RootContent[], headingIndex: number, depth: number): boolean {
  for (let index = headingIndex + 1; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'heading' && node.depth <= depth) return false;
    let found = false;
    visit(node, (child) => {
      if (child.type === 'image' || child.type === 'imageReference') found = true;
    });
    if (found) return true;
  }
  return false;
}
