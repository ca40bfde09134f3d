/**
 * The FALC linter on every FALC page of `content/falc/`, as content issues:
 * its errors stop the build, its warnings are printed.
 */
import { createFalcLinter, listingTitles, severityOf } from '../falc/index.ts';
import type { ContentIssue } from './check-pairs.ts';
import type { ContentFile } from '../checks/content-files.ts';
import { TO_FILL } from '../checks/check-placeholders.ts';

/** `pages`: the FALC pages as the content check read them; `glossary`: the glossary's terms. */
export async function lintFalcPages(pages: readonly ContentFile[], glossary: readonly string[]): Promise<ContentIssue[]> {
  const linter = createFalcLinter({ glossary: [...glossary] });
  const issues: ContentIssue[] = [];
  const listings = listingTitles(pages);
  for (const { path: file, text } of pages) {
    const lines = text.split('\n');
    const report = await linter.lint(file, text, { listing: listings.get(file) });
    for (const message of report.messages) {
      // A line still « À COMPLÉTER » is reported once, as text to write, not as bad FALC.
      if (lines[(message.line ?? 0) - 1]?.includes(TO_FILL)) continue;
      issues.push({
        file,
        line: message.line ?? undefined,
        column: message.column ?? undefined,
        severity: severityOf(message),
        message: `${message.reason} (${message.ruleId})`,
      });
    }
  }
  return issues;
}
