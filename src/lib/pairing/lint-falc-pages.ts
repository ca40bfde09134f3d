/**
 * The FALC linter on every FALC page of `content/falc/`, as content issues:
 * its errors stop the build, its warnings are printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFalcLinter, loadGlossary, severityOf } from '../falc/index.ts';
import type { ContentIssue } from './check-pairs.ts';
import { TO_FILL } from '../checks/check-placeholders.ts';

export async function lintFalcPages(root: string, pages: readonly string[]): Promise<ContentIssue[]> {
  const glossaryDir = join(root, 'content/glossaire');
  const linter = createFalcLinter({ glossary: existsSync(glossaryDir) ? loadGlossary(glossaryDir) : [] });
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    const file = `content/falc/${page}.md`;
    const text = readFileSync(join(root, file), 'utf8');
    const lines = text.split(/\r?\n/);
    const report = await linter.lint(file, text);
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
