/**
 * Results remembered between builds, one file per result under
 * node_modules/.cache/rapport-falc/<folder>/, each stored under a hash of
 * everything it is computed from: what the caller gives (a page, its address,
 * the glossary…) and the code that computes it (all of `src/`, the installed
 * packages' versions, the report's shape, Node's version). Any change to one of
 * them makes a new key: the result is computed again.
 *
 * One file per result, read only when needed: a whole cache in memory would
 * weigh as much as the site. After a build, `prune()` removes the results this
 * build did not use, so a folder never holds more than one build's results;
 * except the results of the pages Astro copied from the previous build without
 * drawing them: their result is still the right one, and the next build that
 * draws them again (after a change to the menu, a setting) reads it back. So a
 * result may be stored for a page (its `slot`), and `prune()` told which pages
 * are still published; `lastResult()` reads a page's result after the build.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hashFiles, TOOL_CODE } from './files-of.ts';
import { writeWhole } from './write-whole.ts';
import { REPORT_SHAPE_FILE } from '../../model/report-shape.ts';

/** Under node_modules/.cache, where tools keep what can be thrown away. */
export const RESULT_CACHE = 'node_modules/.cache/rapport-falc';
/**
 * What the cached computations run, read once per process: the tool's code, the versions of its packages, and
 * the report's shape (addresses, such as the glossary's and the FALC version's, come from its route table).
 */
const CODE_INPUTS: readonly string[] = [...TOOL_CODE, REPORT_SHAPE_FILE];

/** Each page after the middleware's transforms (src/lib/page-transforms.ts), by the page as Astro rendered it. */
export const PAGE_TRANSFORMS = 'pages';

export interface ResultCache {
  /**
   * The result stored under these key parts by a previous build, else `compute()` (stored for the next one). `slot`:
   * what the result is for (a page's address), when a later build may copy it without asking for it.
   */
  get(keyParts: readonly string[], compute: () => string, slot?: string): string;
  /**
   * Ends a build: removes the results it did not use, but keeps the last result of each slot in `published` that
   * it did not ask for (a page copied as it was). Returns how many results were reused and computed.
   */
  prune(published?: readonly string[]): { reused: number; computed: number };
  /** The result the last build ended with for this slot (asked for, or kept for a page copied); undefined if none. */
  lastResult(slot: string): string | undefined;
  /**
   * An id given to this cache when its folder was made. Where a result must exist for every page published (the
   * glossary list reads each page's), a build that may copy pages puts it in their keys: the cache removed, every page
   * is drawn again and has its result.
   */
  generation(): string;
}

/** Which result each slot had at the last build, beside the results. */
const SLOTS_FILE = 'emplacements.json';
/** The cache's id (`generation()`), beside the results. */
const GENERATION_FILE = 'generation.id';

const codeKeys = new Map<string, string>();
/** A hash of the code, by project folder (the code does not change during a build). */
function codeFingerprint(root: string): string {
  let key = codeKeys.get(root);
  if (key === undefined) {
    key = hashFiles(createHash('sha256').update(process.version), root, CODE_INPUTS).digest('hex');
    codeKeys.set(root, key);
  }
  return key;
}

/** Open caches, shared through globalThis: the build's pages load their own copy of this module. */
const OPEN = Symbol.for('rapport-falc.result-caches');
const shared = globalThis as typeof globalThis & { [OPEN]?: Map<string, ResultCache> };

/** The cache of `folder` in the project `root`, the same object for every caller of this process. */
export function resultCache(folder: string, root = process.cwd()): ResultCache {
  const dir = join(resolve(root), RESULT_CACHE, folder);
  const open = (shared[OPEN] ??= new Map());
  let cache = open.get(dir);
  if (!cache) {
    cache = createCache(dir, resolve(root));
    open.set(dir, cache);
  }
  return cache;
}

function readSlots(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, SLOTS_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return {}; // none yet, or unreadable: no copied page keeps its result, they are computed again when drawn
  }
}

function createCache(dir: string, root: string): ResultCache {
  let used = new Set<string>();
  let slots = new Map<string, string>();
  let reused = 0;
  let computed = 0;
  let lastSlots: Record<string, string> | undefined;
  return {
    get(keyParts, compute, slot) {
      const hash = createHash('sha256').update(codeFingerprint(root));
      for (const part of keyParts) hash.update(`\0${part.length}\0`).update(part);
      const name = `${hash.digest('hex')}.txt`;
      used.add(name);
      if (slot !== undefined) slots.set(slot, name);
      try {
        const previous = readFileSync(join(dir, name), 'utf8');
        reused++;
        return previous;
      } catch {
        // Not computed by a previous build (or the cache was removed): compute it now.
      }
      const result = compute();
      computed++;
      writeWhole(join(dir, name), result);
      return result;
    },
    prune(published = []) {
      // Nothing went through the cache: nothing tells which results are still good.
      if (used.size > 0) {
        const previous = readSlots(dir);
        const kept = new Map<string, string>();
        for (const slot of published) {
          const name = slots.get(slot) ?? previous[slot];
          if (name !== undefined) kept.set(slot, name);
        }
        const keep = new Set([...used, ...kept.values()]);
        let names: string[] = [];
        try {
          names = readdirSync(dir);
        } catch {
          // No folder: nothing to remove.
        }
        for (const name of names) if (name !== SLOTS_FILE && name !== GENERATION_FILE && !keep.has(name)) rmSync(join(dir, name), { force: true });
        if (kept.size > 0 || names.includes(SLOTS_FILE)) writeWhole(join(dir, SLOTS_FILE), JSON.stringify(Object.fromEntries(kept)));
      }
      const counts = { reused, computed };
      used = new Set();
      slots = new Map();
      reused = computed = 0;
      lastSlots = undefined;
      return counts;
    },
    lastResult(slot) {
      const name = (lastSlots ??= readSlots(dir))[slot];
      if (name === undefined) return undefined;
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return undefined; // removed since: as if none
      }
    },
    generation() {
      try {
        return readFileSync(join(dir, GENERATION_FILE), 'utf8');
      } catch {
        const id = randomUUID();
        writeWhole(join(dir, GENERATION_FILE), id);
        return id;
      }
    },
  };
}
