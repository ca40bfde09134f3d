/** Applies French typography to every text node, except inside code. */
import type { Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { frenchTypography } from './french-typography.ts';

export default function rehypeFrenchTypography() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return SKIP;
      if (node.type === 'text') node.value = frenchTypography(node.value);
      return undefined;
    });
  };
}
