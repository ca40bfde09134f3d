/**
 * The FALC linter on the sentences of the FALC key figures (`chiffresCles[].texte`),
 * as content issues at their line in the file: they are FALC text like the body.
 * One exception: the figure's own number (« 48 618 ») is a « grand nombre »
 * warning, not an error: the card may keep the report's exact figure, but the
 * order of magnitude falc:grand-nombre suggests (« presque 50 mille ») is easier
 * to read, and the fidelity check accepts it. Any other big number is still an
 * error. When the figure cannot be found (unknown ambition, wrong number), that
 * error is already reported and stops the build: no « grand nombre » is added on top of it.
 */
import type { VFileMessage } from 'vfile-message';
import { createFalcLinter, severityOf, type FalcLinter } from '../falc/index.ts';
import { findFigureNumber } from '../key-figure-number.ts';
import { fieldIssue } from './falc-field-issues.ts';
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
    const ownFigure = message.ruleId === 'falc:grand-nombre' && (!shown || within(message, shown.start, shown.end));
    if (ownFigure && !shown) continue;
    issues.push(fieldIssue({ file: figure.file.path, line: figure.line, column: figure.column }, message, ownFigure ? 'warning' : severityOf(message)));
  }
  return issues;
}

function within(message: VFileMessage, start: number, end: number): boolean {
  const place = message.place;
  const from = place && 'start' in place ? place.start.offset : place?.offset;
  return from !== undefined && from >= start && from < end;
}
