/**
 * The FALC linter on the sentences of the FALC key figures (`chiffresCles[].texte`),
 * as content issues at their line in the file: they are FALC text like the body.
 * One exception: the figure's own number (« 1 159 », « 16 millions ») is not a
 * « grand nombre » to replace, since the card exists to show it and the
 * fidelity check requires it; any other big number is still reported. When the
 * figure cannot be found (unknown ambition, wrong number), that error is already
 * reported and stops the build: no « grand nombre » is added on top of it.
 */
import type { VFileMessage } from 'vfile-message';
import { createFalcLinter, severityOf, type FalcLinter } from '../falc/index.ts';
import { findFigureNumber } from '../key-figure-number.ts';
import type { ContentIssue } from './check-pairs.ts';
import type { FalcKeyFigure } from '../checks/falc-key-figures.ts';
import { keyOf, remember, type CheckMemo } from '../checks/check-memo.ts';

/** With a memo (the dev server), a figure's sentence is linted again only when it, its number or the glossary changed. */
export async function lintFalcKeyFigures(figures: readonly FalcKeyFigure[], glossary: readonly string[], memo?: CheckMemo): Promise<ContentIssue[]> {
  let linter: FalcLinter | undefined;
  const issues: ContentIssue[] = [];
  for (const figure of figures) {
    const key = () => keyOf('lint-falc-key-figure', glossary, figure.file.path, figure.line, figure.column, figure.texte, figure.valeur);
    issues.push(...(await remember(memo, key, () => lintFigure((linter ??= createFalcLinter({ glossary: [...glossary] })), figure))));
  }
  return issues;
}

async function lintFigure(linter: FalcLinter, figure: FalcKeyFigure): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  const report = await linter.lint(figure.file.path, figure.texte);
  const shown = figure.valeur === undefined ? undefined : findFigureNumber(figure.texte, figure.valeur);
  for (const message of report.messages) {
    if (message.ruleId === 'falc:grand-nombre' && (!shown || within(message, shown.start, shown.end))) continue;
    const line = message.line ?? 1;
    issues.push({
      file: figure.file.path,
      line: figure.line + line - 1,
      column: figure.column !== undefined && message.column ? figure.column + message.column - 1 : undefined,
      severity: severityOf(message),
      message: `${message.reason} (${message.ruleId})`,
    });
  }
  return issues;
}

function within(message: VFileMessage, start: number, end: number): boolean {
  const place = message.place;
  const from = place && 'start' in place ? place.start.offset : place?.offset;
  return from !== undefined && from >= start && from < end;
}
