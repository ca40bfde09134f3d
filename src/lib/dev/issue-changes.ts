/**
 * What a save changed in the content check's findings: the issues that appeared
 * and those that went away. An issue is the same one when its file, severity and
 * message are: a line added above it moves it, it does not make it new.
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';

export interface IssueChanges {
  added: ContentIssue[];
  fixed: ContentIssue[];
}

const identity = (issue: ContentIssue) => `${issue.file}\0${issue.severity}\0${issue.message}`;

export function issueChanges(before: readonly ContentIssue[], after: readonly ContentIssue[]): IssueChanges {
  return { added: missingFrom(before, after), fixed: missingFrom(after, before) };
}

/** The issues of `list` that `reference` does not have (each counted as often as it occurs). */
function missingFrom(reference: readonly ContentIssue[], list: readonly ContentIssue[]): ContentIssue[] {
  const remaining = new Map<string, number>();
  for (const issue of reference) remaining.set(identity(issue), (remaining.get(identity(issue)) ?? 0) + 1);
  return list.filter((issue) => {
    const left = remaining.get(identity(issue)) ?? 0;
    remaining.set(identity(issue), left - 1);
    return left <= 0;
  });
}
