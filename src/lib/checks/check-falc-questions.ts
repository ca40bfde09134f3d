/**
 * A FALC page recorded as validated by readers must carry the comprehension
 * questions they were asked (`questions:`, 2 to 4): the count and shape of a
 * list that is there are the schema's job (src/schemas/falc-page.ts).
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { lineOf } from '../pairing/pairing-input.ts';
import { QUESTIONS_MAX, QUESTIONS_MIN } from '../../schemas/falc-page.ts';
import type { ContentFile } from '../../model/content-file.ts';

export function checkFalcQuestions(files: readonly ContentFile[]): ContentIssue[] {
  return files
    .filter((file) => file.collection.startsWith('falc/'))
    .filter((file) => (file.data.relecture as { statut?: unknown } | undefined)?.statut === 'valide' && file.data.questions === undefined)
    .map((file) => ({
      file: file.path,
      line: lineOf(file.text, /^\s+statut\s*:/),
      severity: 'error' as const,
      message:
        `Ce texte est validé, mais il n’a pas de questions de compréhension. Ajoutez dans l’en-tête les ${QUESTIONS_MIN} à ${QUESTIONS_MAX} ` +
        'questions posées aux lecteurs pendant la séance (« questions: », puis une ligne « - question: … ? » par question).',
    }));
}
