/**
 * The build's content check, remembered between builds: a second `npm run build`
 * with nothing changed prints the issues found last time (warnings included)
 * instead of checking again, and says so. After a change to some pages, only
 * those are checked again, file by file; the checks across files run on
 * everything (persisted-check-memo.ts).
 *
 * The result is keyed by a hash of every file the check reads or runs: the
 * project's content, `public/` (images, pictograms, the logo, the PDFs) and PDF
 * record; the tool's code and schemas (all of its `src/`), the installed
 * packages' versions (`package-lock.json`), Node's version and the year (the
 * FALC linter compares the years a text names with today's). Any change to
 * one of them, even a file added or removed, makes a new key: the check runs again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../check-content.ts';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { PROJECT_ROOT } from '../falc/files.ts';
import { PDF_RECORD_FILE } from '../pdf-freshness.ts';
import { filesOf, TOOL_CODE } from './files-of.ts';
import { CHECK_MEMO_CACHE, loadCheckMemo, reuseOf, saveCheckMemo } from './persisted-check-memo.ts';
import { writeWhole } from './write-whole.ts';

/** Under node_modules/.cache, where tools keep what can be thrown away. */
export const CONTENT_CHECK_CACHE = 'node_modules/.cache/rapport-falc/verification-contenu.json';
export { CHECK_MEMO_CACHE };

/** What the content check reads of the project checked (files, or folders read whole). */
export const CONTENT_INPUTS: readonly string[] = ['content', 'public', PDF_RECORD_FILE];
/** What the check runs: the tool's code and schemas, the versions of its packages. */
export const CODE_INPUTS: readonly string[] = TOOL_CODE;

interface CacheRecord {
  key: string;
  issues: ContentIssue[];
}

export interface CachedContentReport {
  issues: ContentIssue[];
  /** True when the issues come from the previous build's check (nothing it reads changed). */
  unchanged: boolean;
  /** When checked: how many Markdown files were checked again, and how many taken from the previous build's results. */
  files?: { rechecked: number; reused: number };
}

/**
 * Two hashes made in one reading of the files: `whole`, of everything the check
 * reads or runs; `memo`, of the same but the Markdown of content/, for which the
 * per-file results carry their own keys (a page's text, the site's pages…).
 */
export function contentCheckKeys(root = '.', codeRoot = PROJECT_ROOT): { whole: string; memo: string } {
  const [whole, memo] = [createHash('sha256'), createHash('sha256')];
  const update = (data: string | Uint8Array, inMemo = true) => {
    whole.update(data);
    if (inMemo) memo.update(data);
  };
  update(`${process.version}\0${new Date().getFullYear()}`);
  for (const [base, inputs] of [[root, CONTENT_INPUTS], [codeRoot, CODE_INPUTS]] as const) {
    update(`\0${inputs.join('\0')}`);
    for (const path of inputs.flatMap((input) => filesOf(base, input)).sort()) {
      const bytes = readFileSync(join(base, path));
      const inMemo = !(inputs === CONTENT_INPUTS && path.startsWith('content/') && path.endsWith('.md'));
      update(`\0${path}\0${bytes.length}\0`, inMemo);
      update(bytes, inMemo);
    }
  }
  return { whole: whole.digest('hex'), memo: memo.digest('hex') };
}

/** A hash of the path and bytes of every file the check reads or runs, of Node's version and of the year. */
export function contentCheckKey(root = '.', codeRoot = PROJECT_ROOT): string {
  return contentCheckKeys(root, codeRoot).whole;
}

/** The content check's issues, from the previous build when nothing it reads changed, else checking only what changed. */
export async function checkContentCached(
  root = '.',
  {
    cacheFile = join(root, CONTENT_CHECK_CACHE),
    memoFile = join(root, CHECK_MEMO_CACHE),
    codeRoot = PROJECT_ROOT,
  }: { cacheFile?: string; memoFile?: string; codeRoot?: string } = {},
): Promise<CachedContentReport> {
  const keys = contentCheckKeys(root, codeRoot);
  const previous = readRecord(cacheFile);
  if (previous?.key === keys.whole) return { issues: previous.issues, unchanged: true };
  const memo = loadCheckMemo(memoFile, keys.memo);
  const { issues } = await checkContent(root, memo);
  await saveCheckMemo(memoFile, keys.memo, memo);
  writeWhole(cacheFile, JSON.stringify({ key: keys.whole, issues } satisfies CacheRecord));
  return { issues, unchanged: false, files: reuseOf(memo) };
}

function readRecord(file: string): CacheRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheRecord>;
    return typeof record.key === 'string' && Array.isArray(record.issues) ? (record as CacheRecord) : undefined;
  } catch {
    return undefined; // No previous build, or a damaged record: check again.
  }
}
