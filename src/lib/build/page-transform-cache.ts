/**
 * The finished pages' transforms (glossary marks, French typography, security
 * policy: src/middleware.ts) remembered between builds. Each page's result is
 * stored under a hash of everything it is computed from: the page as Astro
 * rendered it, its address, the glossary, the report's shape, and the code that
 * transforms it (all of `src/`, the installed packages' versions, Node's version). A page whose
 * rendering did not change since the previous build is read back instead of
 * transformed again: on the report, ≈ 2.5 ms of CPU a page.
 *
 * One file per page result, read only when needed: the whole cache in memory
 * would weigh as much as the site. After a build, `pruneUnused()` removes the
 * results no page used, so the folder never holds more than one site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf } from './content-check-cache.ts';
import { REPORT_SHAPE_FILE } from '../../model/report-shape.ts';

/** Under node_modules/.cache, where tools keep what can be thrown away. */
export const PAGE_TRANSFORM_CACHE = 'node_modules/.cache/rapport-falc/pages';
/**
 * What the transforms run, read once per build: the tool's code, the versions of its packages, and the report's
 * shape (the glossary's address and the FALC version's addresses come from its route table).
 */
const CODE_INPUTS: readonly string[] = ['src', 'package-lock.json', REPORT_SHAPE_FILE];

/** What this process did: shared through globalThis, as the build's pages load their own copy of this module. */
interface Usage {
  used: Set<string>;
  reused: number;
  transformed: number;
}
const USAGE = Symbol.for('rapport-falc.page-transform-cache.usage');
const shared = globalThis as typeof globalThis & { [USAGE]?: Usage };
const usage = (): Usage => (shared[USAGE] ??= { used: new Set(), reused: 0, transformed: 0 });

const codeKeys = new Map<string, string>();
/** A hash of the code of the transforms, by project folder (read once per build: the code does not change during one). */
function codeFingerprint(root: string): string {
  let key = codeKeys.get(root);
  if (key === undefined) {
    const hash = createHash('sha256').update(process.version);
    for (const path of CODE_INPUTS.flatMap((input) => filesOf(root, input)).sort()) {
      const bytes = readFileSync(join(root, path));
      hash.update(`\0${path}\0${bytes.length}\0`).update(bytes);
    }
    key = hash.digest('hex');
    codeKeys.set(root, key);
  }
  return key;
}

/**
 * The transform's result for this page, from the previous build when the same page was transformed with the same
 * `inputs` (what the transform reads besides the page, such as the glossary) and the same code; else `transform()`.
 */
export function cachedPageTransform(page: { html: string; pathname: string; inputs: string }, transform: () => string, root = process.cwd()): string {
  const key = createHash('sha256')
    .update(codeFingerprint(root))
    .update(`\0${page.inputs}\0${page.pathname}\0`)
    .update(page.html)
    .digest('hex');
  const dir = join(root, PAGE_TRANSFORM_CACHE);
  const file = join(dir, `${key}.html`);
  const record = usage();
  record.used.add(`${key}.html`);
  try {
    const previous = readFileSync(file, 'utf8');
    record.reused++;
    return previous;
  } catch {
    // Not transformed by a previous build (or the cache was removed): transform it now.
  }
  const result = transform();
  record.transformed++;
  // Written beside, then renamed: an interrupted build never leaves half a page to be read back.
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, result);
  renameSync(temporary, file);
  return result;
}

/** After a build: removes the results no page of this build used. Returns how many pages were reused and transformed. */
export function pruneUnused(root = process.cwd()): { reused: number; transformed: number } {
  const { used, reused, transformed } = usage();
  // No page went through the cache in this process: nothing tells which results are still good.
  if (used.size === 0) return { reused, transformed };
  const dir = join(root, PAGE_TRANSFORM_CACHE);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return { reused, transformed };
  }
  for (const name of names) if (!used.has(name)) rmSync(join(dir, name), { force: true });
  return { reused, transformed };
}
