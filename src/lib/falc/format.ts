import type { VFileMessage } from 'vfile-message';
import type { FalcReport } from './lint.ts';
import { severityOf } from './lint.ts';

/** One message of the JSON output (the CLI's `--format json`, the build). */
export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  url: string;
}

export interface JsonFileResult {
  file: string;
  messages: JsonMessage[];
}

export function toJsonMessage(message: VFileMessage): JsonMessage {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  return {
    ruleId: message.ruleId ?? '',
    severity: severityOf(message),
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    message: message.reason,
    url: message.url ?? '',
  };
}

/** `[{ file, messages: [...] }]`, one entry per page, as one JSON array. */
export function formatJson(reports: readonly FalcReport[]): string {
  const results: JsonFileResult[] = reports.map((report) => ({
    file: report.path,
    messages: report.messages.map(toJsonMessage),
  }));
  return JSON.stringify(results, null, 2) + '\n';
}

const SEVERITY_FR = { error: 'erreur', warning: 'avertissement' } as const;

/** Where the readability scores and the silenced messages are, when they are not printed. */
export const DETAILS_HINT = 'Scores de lisibilité par page et messages masqués par falc-ignore : ajoutez --details.';

/**
 * Human output, in French: messages grouped by page
 * (`chemin:ligne:colonne  gravité  message  falc:regle`), then the totals.
 * With `details`, also a summary table per page (errors, warnings, ignores,
 * words per sentence, LIX, Kandel–Moles) and the ignored messages with their
 * reasons: figures for the project's FALC team, that an editor cannot act on.
 */
export function formatHuman(reports: readonly FalcReport[], { details = false }: { details?: boolean } = {}): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    lines.push(report.path || '(texte)');
    for (const message of report.messages) {
      const json = toJsonMessage(message);
      // A message no rule found (a key figure's missing number) has no rule to name.
      lines.push(
        `${report.path}:${json.line}:${json.column}  ${SEVERITY_FR[json.severity]}  ${json.message}${json.ruleId ? `  ${json.ruleId}` : ''}`,
      );
    }
    lines.push('');
  }
  if (details) {
    lines.push(...summaryTable(reports));
    const ignored = reports.flatMap((report) =>
      report.ignored.map((item) => `  ${report.path}:${item.line}:${item.column}  ${item.ruleId}  raison : ${item.reason}`),
    );
    if (ignored.length > 0) lines.push('', 'Messages masqués par falc-ignore :', ...ignored);
    lines.push('');
  }
  lines.push(totals(reports));
  lines.push(details ? 'Les scores de lisibilité décrivent le texte : seuls les relecteurs valident une page FALC.' : DETAILS_HINT);
  return lines.join('\n') + '\n';
}

function summaryTable(reports: readonly FalcReport[]): string[] {
  const header = ['Page', 'Erreurs', 'Avertissements', 'Masqués', 'Mots/phrase', 'LIX', 'Kandel–Moles'];
  const rows = reports.map((report) => {
    const counts = count(report);
    const readable = !report.readError && report.stats.words > 0;
    return [
      report.path || '(texte)',
      String(counts.errors),
      String(counts.warnings),
      String(report.ignored.length),
      readable ? decimal(report.stats.wordsPerSentence) : '–',
      readable ? decimal(report.stats.lix) : '–',
      readable ? decimal(report.stats.kandelMoles) : '–',
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const render = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ');
  return ['Résumé par page', '', render(header), ...rows.map(render)];
}

function count(report: FalcReport): { errors: number; warnings: number } {
  const errors = report.messages.filter((message) => message.fatal === true).length;
  return { errors, warnings: report.messages.length - errors };
}

function totals(reports: readonly FalcReport[]): string {
  let errors = 0;
  let warnings = 0;
  let ignored = 0;
  for (const report of reports) {
    const counts = count(report);
    errors += counts.errors;
    warnings += counts.warnings;
    ignored += report.ignored.length;
  }
  const plural = (n: number, word: string, many = word + 's') => `${n} ${n > 1 ? many : word}`;
  const entries = reports.filter((report) => report.glossaryEntry).length;
  const pages = plural(reports.length - entries, 'page');
  const words = plural(entries, 'mot du glossaire', 'mots du glossaire');
  const where = entries === 0 ? pages : entries === reports.length ? words : `${pages} et ${words}`;
  return `${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}, ${plural(ignored, 'message masqué', 'messages masqués')} dans ${where}.`;
}

/** French decimal: 8.25 → « 8,3 ». */
function decimal(value: number): string {
  return value.toFixed(1).replace('.', ',');
}

/** True when at least one page has an error (the CLI then exits with 1). */
export function hasErrors(reports: readonly FalcReport[]): boolean {
  return reports.some((report) => report.messages.some((message) => message.fatal === true));
}
