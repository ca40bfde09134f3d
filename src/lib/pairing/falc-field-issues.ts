/**
 * The FALC linter's messages on a text stored in a front matter field (a key
 * figure's `texte`, a glossary entry's `falc`), as content issues at the
 * editor's line and column in the file.
 */
import type { VFileMessage } from 'vfile-message';
import { severityOf } from '../falc/index.ts';
import type { ContentIssue } from './check-pairs.ts';

export interface FalcField {
  /** File the field is in. */
  file: string;
  /** 1-based line and column where the field's text starts. */
  line: number;
  column?: number | undefined;
}

export function fieldIssue(
  field: FalcField,
  message: VFileMessage,
  severity: ContentIssue['severity'] = severityOf(message),
): ContentIssue {
  const line = message.line ?? 1;
  return {
    file: field.file,
    line: field.line + line - 1,
    column: field.column !== undefined && message.column ? field.column + message.column - 1 : undefined,
    severity,
    message: `${message.reason} (${message.ruleId})`,
    rule: message.ruleId ?? undefined,
  };
}
