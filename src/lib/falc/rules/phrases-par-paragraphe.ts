/**
 * Signale un paragraphe de plus de `max` phrases. Un paragraphe est un
 * groupe de lignes sans ligne vide entre elles. Les éléments de liste et
 * les titres ne sont pas comptés.
 *
 * ## Pourquoi
 *
 * Un petit bloc de texte fait moins peur et se relit plus facilement.
 * Une ligne vide entre deux idées aide le lecteur à faire une pause.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-1.12 : peu de texte sur la
 *   page.
 * - Unapei, *L’information pour tous* : peu de texte à la fois.
 * Le nombre (5 phrases) est un choix du projet : les textes FALC publiés
 * groupent souvent 4 ou 5 phrases courtes, une par ligne.
 *
 * ## Options
 *
 * - `max` (défaut `5`) : nombre de phrases permis.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';

export default defineRule('falc:phrases-par-paragraphe', 'nlcst', { max: 5 }, ({ file, options, report }) => {
  for (const block of modelOf(file).blocks) {
    if (block.type !== 'paragraph' || block.inList) continue;
    const count = block.sentences.filter((sentence) => sentence.wordCount > 0).length;
    if (count <= options.max) continue;
    report({
      start: block.start,
      end: block.end,
      reason: `Paragraphe de ${count} phrases : ${options.max} au plus. Coupez-le avec une ligne vide.`,
    });
  }
});
