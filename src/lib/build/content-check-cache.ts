/**
 * The build's content check, remembered between builds: a second `npm run build`
 * with nothing changed prints the issues found last time (warnings included)
 * instead of checking again, and says so.
 *
 * The result is keyed by a hash of every file the check reads or runs: the
 * project's content, `public/` (images, pictograms, the logo, the PDFs) and PDF
 * record; the tool's code and schemas (all of its `src/`), the installed
 * packages' versions (`package-lock.json`) and Node's version. Any change to
 * one of them, even a file added or removed, makes a new key: the check runs again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent } from '../check-content.ts';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { PROJECT_ROOT } from '../falc/files.ts';
import { PDF_RECORD_FILE } from '../pdf-freshness.ts';
import { filesOf } from './files-of.ts';

/** Under node_modules/.cache, where tools keep what can be thrown away. */
export const CONTENT_CHECK_CACHE = 'node_modules/.cache/rapport-falc/verification-contenu.json';

/** What the content check reads of the project checked (files, or folders read whole). */
export const CONTENT_INPUTS: readonly string[] = ['content', 'public', PDF_RECORD_FILE];
/** What the check runs: the tool's code and schemas, the versions of its packages. */
export const CODE_INPUTS: readonly string[] = ['src', 'package-lock.json'];

interface CacheRecord {
  key: string;
  issues: ContentIssue[];
}

export interface CachedContentReport {
  issues: ContentIssue[];
  /** True when the issues come from the previous build's check (nothing it reads changed). */
  unchanged: boolean;
}

/** A hash of the path and bytes of every file the check reads or runs, and of Node's version. */
export function contentCheckKey(root = '.', codeRoot = PROJECT_ROOT): string {
  const hash = createHash('sha256').update(process.version);
  for (const [base, inputs] of [[root, CONTENT_INPUTS], [codeRoot, CODE_INPUTS]] as const) {
    hash.update(`\0${inputs.join('\0')}`);
    for (const path of inputs.flatMap((input) => filesOf(base, input)).sort()) {
      const bytes = readFileSync(join(base, path));
      hash.update(`\0${path}\0${bytes.length}\0`).update(bytes);
    }
  }
  return hash.digest('hex');
}

/** The content check's issues, from the previous build when nothing it reads changed. */
export async function checkContentCached(
  root = '.',
  { cacheFile = join(root, CONTENT_CHECK_CACHE), codeRoot = PROJECT_ROOT }: { cacheFile?: string; codeRoot?: string } = {},
): Promise<CachedContentReport> {
  const key = contentCheckKey(root, codeRoot);
  const previous = readRecord(cacheFile);
  if (previous?.key === key) return { issues: previous.issues, unchanged: true };
  const { issues } = await checkContent(root);
  writeRecord(cacheFile, { key, issues });
  return { issues, unchanged: false };
}

function readRecord(file: string): CacheRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheRecord>;
    return typeof record.key === 'string' && Array.isArray(record.issues) ? (record as CacheRecord) : undefined;
  } catch {
    return undefined; // No previous build, or a damaged record: check again.
  }
}

/** Written beside, then renamed: never half a record, and never into a file hard-linked from another copy of node_modules. */
function writeRecord(file: string, record: CacheRecord): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, file);
}
