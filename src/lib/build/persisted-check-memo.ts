/**
 * The per-file results of the content check (check-memo.ts), kept on disk from
 * one build to the next: after an editor changed one page, the build checks
 * that page again and takes the others' results from the previous build. The
 * cross-file checks (references, counts, pairs, drift, name spellings) are not
 * remembered: they run on everything, every time.
 *
 * The keys say what each result depends on among the Markdown files of content/
 * (the file's text, the site's pages and glossary…), as in the preview. The rest
 * of what the checks read or run is not in the keys: the results are kept only
 * for one `fingerprint` of it (content-check-cache.ts `contentCheckKeys`), and
 * any change to it starts afresh, as the preview's memo is cleared.
 */
import { readFileSync } from 'node:fs';
import { CheckMemo, keyParts } from '../checks/check-memo.ts';
import { writeWhole } from './write-whole.ts';

/** Beside the build's whole result (content-check-cache.ts `CONTENT_CHECK_CACHE`). */
export const CHECK_MEMO_CACHE = 'node_modules/.cache/rapport-falc/verification-par-fichier.json';

/**
 * The kinds of result kept on disk: lists of plain content issues, a FALC page's
 * issues and name spellings, a FALC field's placed messages (plain data,
 * lint-falc-field.ts `PlacedMessage`). Not `parse`: a parsed file holds a YAML
 * document, which JSON cannot give back; files are parsed again on each build.
 */
export const PERSISTED_KINDS: ReadonlySet<string> = new Set(['schema', 'markdown', 'placeholders', 'lint-falc', 'lint-falc-field']);

/** One result: its key, its value, and whether the check gave it as a promise (it is given back as one). */
type Entry = [key: string, value: unknown, promised?: 1];

interface MemoRecord {
  fingerprint: string;
  entries: Entry[];
}

/** A memo holding the previous build's results, when they were made with this `fingerprint`; else an empty one. */
export function loadCheckMemo(file: string, fingerprint: string): CheckMemo {
  const memo = new CheckMemo();
  let record: Partial<MemoRecord>;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as Partial<MemoRecord>;
  } catch {
    return memo; // No previous build, or a damaged record: check everything.
  }
  if (record.fingerprint !== fingerprint || !Array.isArray(record.entries)) return memo;
  if (!record.entries.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string')) return memo;
  memo.resume(record.entries.map(([key, value, promised]): [string, unknown] => [key, promised ? Promise.resolve(value) : value]));
  return memo;
}

/** Keeps the results of the run just made, for the next build: those of the kinds kept on disk that are plain JSON. */
export async function saveCheckMemo(file: string, fingerprint: string, memo: CheckMemo): Promise<void> {
  const entries: Entry[] = [];
  for (const [key, stored] of memo.entries()) {
    if (!PERSISTED_KINDS.has(keyParts(key).kind)) continue;
    const promised = stored instanceof Promise;
    const value: unknown = promised ? await stored : stored;
    // A result found was read from this file: it is JSON already. Only those computed in this run are looked through.
    if (!memo.wasComputed(key) || isPlainJson(value)) entries.push(promised ? [key, value, 1] : [key, value]);
  }
  writeWhole(file, JSON.stringify({ fingerprint, entries } satisfies MemoRecord));
}

/**
 * Does JSON give this value back as it is? Plain objects, arrays, strings,
 * finite numbers, booleans and null. A property set to undefined is left out by
 * JSON and reads as undefined all the same, as in the build's record of issues;
 * anything else (a class instance, a Map, NaN) is not kept, and is computed again.
 */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => item === undefined || isPlainJson(item));
}

/**
 * How many Markdown files the last run checked again, and how many it took
 * whole from the previous build (every check of the file found, none computed).
 * A file whose front matter is broken is only read, never found: checked again.
 */
export function reuseOf(memo: CheckMemo): { rechecked: number; reused: number } {
  const files = new Set<string>();
  const found = new Set<string>();
  const computed = new Set<string>();
  for (const [key] of memo.entries()) {
    const { kind, file } = keyParts(key);
    files.add(file);
    if (PERSISTED_KINDS.has(kind)) (memo.wasComputed(key) ? computed : found).add(file);
  }
  const reused = [...found].filter((file) => !computed.has(file)).length;
  return { rechecked: files.size - reused, reused };
}
