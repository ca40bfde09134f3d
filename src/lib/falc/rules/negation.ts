/**
 * Signale les phrases négatives : « ne » ou « n’ » suivi de « pas »,
 * « plus », « jamais », « rien », « personne », « aucun », « ni »… (même
 * loin dans la phrase), et les mots négatifs seuls : « sans », « aucun »,
 * « jamais ». « ne … que » n’est pas une négation : il n’est pas signalé.
 *
 * ## Pourquoi
 *
 * Une phrase positive se comprend plus vite : « Arrivez tôt » plutôt que
 * « N’arrivez pas trop tard ». Le lecteur peut ne pas voir le petit mot
 * « ne » et comprendre le contraire.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-7.2 : la forme affirmative
 *   « si possible ». C’est un avertissement : parfois la négation est le
 *   plus clair.
 *
 * ## Options
 *
 * - `distance` (défaut `8`) : nombre de mots où chercher « pas », « plus »…
 *   après « ne ».
 */
import { NEGATION_PARTICLES, NEGATIVE_WORDS } from '../data/verbes.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { norm } from '../text.ts';

export default defineRule('falc:negation', 'nlcst', { distance: 8 }, ({ file, options, report }) => {
  for (const sentence of modelOf(file).sentences) {
    const words = sentence.words.map((word) => norm(word));
    const covered = new Set<number>();
    words.forEach((word, index) => {
      if (word !== 'ne' && !word.startsWith("n'")) return;
      for (let next = index + 1; next < Math.min(words.length, index + 1 + options.distance); next++) {
        if (!NEGATION_PARTICLES.has(words[next]!)) continue;
        covered.add(next);
        const start = sentence.words[index]!;
        const end = sentence.words[next]!;
        report({
          start: start.start,
          end: end.end,
          reason: `Phrase négative « ${start.value} … ${end.value} » : si possible, dites-le à la forme positive.`,
          actual: `${start.value} … ${end.value}`,
        });
        return;
      }
    });
    words.forEach((word, index) => {
      if (covered.has(index) || !NEGATIVE_WORDS.has(word)) return;
      const token = sentence.words[index]!;
      report({
        start: token.start,
        end: token.end,
        reason: `Mot négatif « ${token.value} » : si possible, dites-le à la forme positive.`,
        actual: token.value,
      });
    });
  }
});
