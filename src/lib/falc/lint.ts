import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { createFalcProcessor, createPlainParser, type FalcProcessorOptions } from './processor.ts';
import { mayHoldGfmSyntax } from './syntax.ts';
import type { FalcFileData, FalcStats, IgnoredMessage } from './types.ts';
import type { PlacedSpelling } from './name-spellings.ts';

export type FalcLintOptions = FalcProcessorOptions;

/** What linting one page gives: the messages (sorted), the figures, the ignores. */
export interface FalcReport {
  /** Path as given (may be empty for text without a file). */
  path: string;
  messages: VFileMessage[];
  stats: FalcStats;
  ignored: IgnoredMessage[];
  /** The file could not be read: French explanation (then `messages` has one error). */
  readError?: string;
  file: VFile;
  /** A glossary entry (its FALC explanation), not a page: counted apart in the totals. */
  glossaryEntry?: boolean;
}

/** What a page's neighbours tell about it: the rules that read a set of pages need it. */
export interface LintContext {
  /** Titles of the pages of the listing the page is in (itself included): `listingTitles()`. */
  listing?: readonly string[] | undefined;
  /** Spellings of names in the other texts (`compareNameSpellings()`), for `falc:un-nom-une-ecriture`. */
  names?: readonly PlacedSpelling[] | undefined;
}

/** A linter that reuses one processor for many pages (the CLI, the build). */
export interface FalcLinter {
  lint(path: string, text: string, context?: LintContext): Promise<FalcReport>;
}

export function createFalcLinter(options: FalcLintOptions = {}): FalcLinter {
  const processor: Processor<Root> = createFalcProcessor(options);
  const plainParser = createPlainParser();
  return {
    async lint(path, text, context = {}) {
      const file = new VFile({ value: text, ...(path ? { path } : {}) });
      if (context.listing) (file.data as FalcFileData).falcListing = context.listing;
      if (context.names) (file.data as FalcFileData).falcNames = context.names;
      const tree = (mayHoldGfmSyntax(text) ? processor : plainParser).parse(file);
      await processor.run(tree, file);
      return toReport(path, file);
    },
  };
}

/** Lint the Markdown text of one page. */
export async function lintFalcText(text: string, options: FalcLintOptions = {}): Promise<FalcReport> {
  return createFalcLinter(options).lint('', text);
}

/** Lint one page, named by `path` in messages. */
export async function lintFalcFile(path: string, text: string, options: FalcLintOptions = {}): Promise<FalcReport> {
  return createFalcLinter(options).lint(path, text);
}

function toReport(path: string, file: VFile): FalcReport {
  const data = file.data as FalcFileData;
  const messages = [...file.messages].sort(byPlace);
  return {
    path,
    messages,
    stats: data.falcStats ?? emptyStats(),
    ignored: data.falcIgnored ?? [],
    file,
  };
}

/** Messages in reading order: by line, column, then rule. */
export function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId));
}

export function emptyStats(): FalcStats {
  return { words: 0, sentences: 0, paragraphs: 0, longWords: 0, syllables: 0, wordsPerSentence: 0, lix: 0, kandelMoles: 0 };
}

/** `l:c-l:c: raison`, the form the fixtures' `expected.txt` use. */
export function shortMessage(message: VFileMessage): string {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : undefined;
  const position = start ? `${start.line}:${start.column}${end ? `-${end.line}:${end.column}` : ''}` : '1:1';
  return `${position}: ${message.reason}`;
}

export function severityOf(message: VFileMessage): 'error' | 'warning' {
  return message.fatal === true ? 'error' : 'warning';
}
