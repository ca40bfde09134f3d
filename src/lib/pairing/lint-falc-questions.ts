/**
 * The FALC linter on the comprehension questions (`questions[].question`): readers
 * read them in the session pack, so they are FALC text like the body. The
 * expected answers (`reponse`) are not checked: only the facilitator reads them.
 */
import { createFalcLinter, severityOf } from '../falc/index.ts';
import type { ContentIssue } from './check-pairs.ts';
import type { ContentFile } from '../checks/content-files.ts';
import { lineOfPath } from '../checks/yaml-lines.ts';

export async function lintFalcQuestions(pages: readonly ContentFile[], glossary: readonly string[]): Promise<ContentIssue[]> {
  const linter = createFalcLinter({ glossary: [...glossary] });
  const issues: ContentIssue[] = [];
  for (const file of pages) {
    const questions: unknown[] = Array.isArray(file.data.questions) ? file.data.questions : [];
    for (const [index, entry] of questions.entries()) {
      const question = (entry as { question?: unknown } | null)?.question;
      if (typeof question !== 'string') continue;
      const report = await linter.lint(file.path, question);
      for (const message of report.messages) {
        issues.push({
          file: file.path,
          line: lineOfPath(file.source, ['questions', index, 'question']),
          severity: severityOf(message),
          message: `Question ${index + 1} : ${message.reason} (${message.ruleId})`,
          rule: message.ruleId ?? undefined,
        });
      }
    }
  }
  return issues;
}
