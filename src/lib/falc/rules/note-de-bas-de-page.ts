/**
 * Signale les notes de bas de page : l’appel de note `[^1]` dans le texte
 * (et la note elle-même quand elle n’est appelée nulle part).
 *
 * ## Pourquoi
 *
 * Une note oblige le lecteur à quitter sa phrase, chercher la note en bas
 * de la page, puis retrouver où il en était. L’information doit être dans le
 * texte, là où le lecteur en a besoin.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-4.4 : pas de renvoi à des
 *   notes de bas de page.
 *
 * ## Options
 *
 * Aucune.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { defineRule, spanOf } from '../define-rule.ts';

export default defineRule('falc:note-de-bas-de-page', 'mdast', {}, ({ tree, report }) => {
  const called = new Set<string>();
  visit(tree as Root, 'footnoteReference', (node) => {
    called.add(node.identifier);
    const span = spanOf(node);
    if (!span) return;
    report({
      ...span,
      reason: 'Note de bas de page : écrivez cette information dans le texte, dans une phrase à part.',
      actual: `[^${node.label ?? node.identifier}]`,
    });
  });
  visit(tree as Root, 'footnoteDefinition', (node) => {
    if (called.has(node.identifier)) return;
    const span = spanOf(node);
    if (!span) return;
    report({
      ...span,
      reason: 'Note de bas de page : écrivez cette information dans le texte, puis enlevez la note.',
    });
  });
});
