/**
 * Prints content issues for editors, grouped by file, in French:
 *   content/ambitions/st-01.md:12  erreur  Le champ « titre » manque…
 */
import type { ContentIssue } from './pairing/check-pairs.ts';

export function formatIssues(issues: readonly ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const blocks = [...byFile.keys()].sort().map((file) => {
    const lines = byFile
      .get(file)!
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((i) => `${file}${i.line ? `:${i.line}` : ''}${i.line && i.column ? `:${i.column}` : ''}  ${i.severity === 'error' ? 'erreur' : 'attention'}  ${i.message}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

export function summarise(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return `${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}.`;
}
