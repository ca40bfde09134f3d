/**
 * The FALC linter on every FALC page of `content/falc/`, as content issues:
 * its errors stop the build, its warnings are printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFalcLinter, loadGlossary, severityOf } from '../falc/index.ts';
import type { ContentIssue } from './check-pairs.ts';

export async function lintFalcPages(root: string, pages: readonly string[]): Promise<ContentIssue[]> {
  const glossaryDir = join(root, 'content/glossaire');
  const linter = createFalcLinter({ glossary: existsSync(glossaryDir) ? loadGlossary(glossaryDir) : [] });
  const issues: ContentIssue[] = [];
  for (const page of pages) {
    const file = `content/falc/${page}.md`;
    const report = await linter.lint(file, readFileSync(join(root, file), 'utf8'));
    for (const message of report.messages) {
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
