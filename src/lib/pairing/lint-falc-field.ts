/**
 * The FALC linter on one text stored in a front matter field (a page's `titre`,
 * a question, a key figure's `texte`, a glossary entry's `falc`): its messages
 * placed at the editor's line and column in the file. `npm run lint:falc` prints
 * them with the page's own messages; `npm run lint:content` turns them into
 * content issues (`toContentIssue`). One implementation for both.
 */
import { VFileMessage } from 'vfile-message';
import { severityOf, type FalcLinter } from '../falc/index.ts';
import { placedSpellings, type PlacedSpelling } from '../falc/name-spellings.ts';
import { TO_FILL } from '../checks/check-placeholders.ts';
import type { ContentIssue } from './check-pairs.ts';

export interface FalcFieldText {
  /** The file the field is in, as messages name it. */
  file: string;
  text: string;
  /** 1-based line and column of the text's first character in the file (yaml-lines.ts `textStartOfPath`; a string value always has both). */
  line: number;
  column?: number | undefined;
  /** Said before each message when the line alone does not say which text it is: « Question 2 : ». */
  label?: string | undefined;
}

/** A message's severity in a field, or `'drop'` to leave it out (a key figure's own number, when another check already stops). */
export type SeverityOverride = (message: VFileMessage) => 'error' | 'warning' | 'drop' | undefined;

/**
 * A linter's message placed in a field's file, as plain data: what the check
 * remembers, in memory (the preview) and on disk between builds (persisted-check-memo.ts).
 * `toFileMessage` makes the message from it each time it is used, the same way
 * whether it was just computed or read back, so no reader can tell the two apart.
 */
export interface PlacedMessage {
  reason: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
  ruleId: string | undefined;
  source: string | undefined;
  file: string;
  fatal: boolean;
  url: VFileMessage['url'];
  actual: VFileMessage['actual'];
  expected: VFileMessage['expected'];
}

/** A field's messages, placed in its file, and the spellings of its names there (`falc:un-nom-une-ecriture`). */
export interface FieldLint {
  messages: PlacedMessage[];
  spellings: PlacedSpelling[];
}

/**
 * Lints the field's text and places each message in the file (`message.file`
 * is the field's file). A line still « À COMPLÉTER » is left out: the template's
 * placeholder is reported once, as text to write (check-placeholders.ts), not as bad FALC.
 * `names`: the spellings of names in the other texts (`compareNameSpellings`).
 */
export async function lintFalcField(
  linter: FalcLinter,
  field: FalcFieldText,
  override?: SeverityOverride,
  names?: readonly PlacedSpelling[],
): Promise<FieldLint> {
  const lines = field.text.split('\n');
  const report = await linter.lint(field.file, field.text, { names });
  const placed: PlacedMessage[] = [];
  for (const message of report.messages) {
    if (lines[(message.line ?? 1) - 1]?.includes(TO_FILL)) continue;
    const severity = override?.(message) ?? severityOf(message);
    if (severity !== 'drop') placed.push(placeInFile(field, message, severity));
  }
  return { messages: placed, spellings: placedSpellings(report.file, field.file, field) };
}

/**
 * The message as the file shows it. Lines of a block scalar (`texte: |-`) all
 * start at the field's indent, so a column on any line moves by the same amount;
 * a quoted or plain value is one line, that starts after its key.
 */
function placeInFile(field: FalcFieldText, message: VFileMessage, severity: 'error' | 'warning'): PlacedMessage {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const point = (p: { line: number; column: number } | undefined) => ({
    line: field.line + (p?.line ?? 1) - 1,
    column: (field.column ?? 1) + (p?.column ?? 1) - 1,
  });
  return {
    reason: (field.label ?? '') + message.reason,
    start: point(start),
    end: point(end ?? start),
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    file: field.file,
    fatal: severity === 'error',
    url: message.url,
    actual: message.actual,
    expected: message.expected,
  };
}

/** The message a `PlacedMessage` describes, as `lint:falc` prints it and `toContentIssue` reads it. */
export function toFileMessage(placed: PlacedMessage): VFileMessage {
  // A lint message needs no stack trace, and capturing one is most of its cost.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const message = new VFileMessage(placed.reason, {
    place: { start: placed.start, end: placed.end },
    ruleId: placed.ruleId,
    source: placed.source,
  });
  Error.stackTraceLimit = limit;
  message.file = placed.file;
  message.fatal = placed.fatal;
  message.url = placed.url;
  if (placed.actual !== undefined) message.actual = placed.actual;
  if (placed.expected !== undefined) message.expected = placed.expected;
  return message;
}

/** A field's message as `lint:content` reports it: `raison (falc:règle)`, with the rule for the preview's banner. */
export function toContentIssue(message: VFileMessage): ContentIssue {
  return {
    file: message.file ?? '',
    line: message.line ?? undefined,
    column: message.column ?? undefined,
    severity: severityOf(message),
    message: `${message.reason} (${message.ruleId})`,
    rule: message.ruleId ?? undefined,
  };
}

/**
 * A content issue that `npm run lint:falc` must print among the linter's
 * messages (a key figure's missing number, a glossary entry it cannot read):
 * no rule found it, so it has no rule id.
 */
export function fromContentIssue(issue: ContentIssue): VFileMessage {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const message = new VFileMessage(issue.message, { place: { line: issue.line ?? 1, column: issue.column ?? 1 } });
  Error.stackTraceLimit = limit;
  message.file = issue.file;
  message.fatal = issue.severity === 'error';
  return message;
}
