/**
 * Prints content issues for editors, grouped by file, in French:
 *   content/ambitions/st-01.md:12  erreur  Le champ « titre » manque…
 * The dev preview's banner (src/scripts/dev/content-banner.ts) uses the same words.
 */
import type { ContentIssue } from './pairing/check-pairs.ts';

/** `content/ambitions/st-01.md:12:5`: where to look, as editors' tools link it. */
export function placeOf(issue: ContentIssue): string {
  return `${issue.file}${issue.line ? `:${issue.line}` : ''}${issue.line && issue.column ? `:${issue.column}` : ''}`;
}

export function severityWord(severity: ContentIssue['severity']): string {
  return severity === 'error' ? 'erreur' : 'avertissement';
}

/**
 * Writing advice of the FALC linter (a warning that names its rule, `falc:…`): there can be many while a
 * report is being rewritten, unlike the warnings that say a page no longer matches its source.
 */
export function isWritingAdvice(issue: ContentIssue): boolean {
  return issue.severity === 'warning' && issue.rule !== undefined;
}

/** Issues in the order they are read: by file, then by line and column. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

export function formatIssues(issues: readonly ContentIssue[]): string {
  const blocks: string[][] = [];
  let file: string | undefined;
  for (const issue of sortIssues(issues)) {
    if (issue.file !== file) blocks.push([]);
    file = issue.file;
    blocks.at(-1)!.push(`${placeOf(issue)}  ${severityWord(issue.severity)}  ${issue.message}`);
  }
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}

export function summarise(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return `${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}.`;
}
