/**
 * The comprehension questions (`questions[].question`) are FALC text: readers
 * read them in the session pack. The expected answers (`reponse`) are not
 * linted: only the facilitator reads them.
 */
import type { ContentFile } from '../../model/content-file.ts';
import { textStartOfPath } from '../checks/yaml-lines.ts';
import type { FalcFieldText } from './lint-falc-field.ts';

export function questionTexts(page: ContentFile): FalcFieldText[] {
  const questions: unknown[] = Array.isArray(page.data.questions) ? page.data.questions : [];
  return questions.flatMap((entry, index) => {
    const question = (entry as { question?: unknown } | null)?.question;
    if (typeof question !== 'string') return [];
    const start = textStartOfPath(page.source, page.text, ['questions', index, 'question']);
    return [{ file: page.path, text: question, ...start, label: `Question ${index + 1} : ` }];
  });
}
