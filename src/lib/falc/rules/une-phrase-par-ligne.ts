/**
 * Signale une phrase qui commence sur la même ligne que la phrase d’avant,
 * dans le fichier Markdown (un paragraphe, un élément de liste, un titre).
 *
 * ## Pourquoi
 *
 * Chaque phrase commence sur une nouvelle ligne : l’œil du lecteur trouve
 * tout de suite le début de chaque phrase, et le lecteur peut faire une pause
 * à la fin de chaque ligne.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-1.7 (niveau A) : chaque
 *   phrase débute sur une nouvelle ligne.
 *
 * ## Options
 *
 * Aucune.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';

export default defineRule('falc:une-phrase-par-ligne', 'nlcst', {}, ({ file, report }) => {
  const model = modelOf(file);
  for (const block of model.blocks) {
    for (let index = 1; index < block.sentences.length; index++) {
      const previous = block.sentences[index - 1]!;
      const sentence = block.sentences[index]!;
      const previousLine = model.place.toPoint(previous.end)?.line;
      const line = model.place.toPoint(sentence.start)?.line;
      if (previousLine === line) {
        report({
          start: sentence.start,
          end: sentence.end,
          reason: 'Deux phrases sur la même ligne : passez à la ligne avant cette phrase.',
        });
      }
    }
  }
});
