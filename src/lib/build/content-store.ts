/**
 * Astro keeps each content entry in its data store — its fields, and its body
 * already turned into HTML — and reads an entry again only when its file's
 * text, or Astro's configuration, changes. What turns a file into an entry can
 * change while the text does not, and the store then publishes the old result
 * with no error anywhere:
 * - a schema (seen: pages crashed on « exclure is not iterable » after the
 *   glossary gained `exclure`), or the report's shape the schemas are made from
 *   (content/rapport.yaml);
 * - the reader or a Markdown plugin (seen: after a change to a plugin, 104 of
 *   the bilan's 112 pages kept the HTML of the old code; a sanitising fix would
 *   not have been published);
 * - a package that parses or renders Markdown (package-lock.json);
 * - an image a page shows (its size is written into the HTML).
 * So the store is dropped whenever any of it changes, before Astro reads it:
 * all of src/ (a plugin's own imports, files it reads), the configuration, the
 * lock file, and every file of content/ but the Markdown pages, which Astro
 * compares itself. Editors change none of these in daily work; a tool update
 * renders every page's Markdown once more.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, hashFiles, TOOL_CODE } from './files-of.ts';

/** Astro's default cache folder, where `data-store.json` lives. */
const CACHE_DIR = 'node_modules/.astro';
const STAMP = 'rapport-falc-entrees.sha1';

/**
 * What makes an entry from a page's text, besides the text: a page's text is compared by Astro itself (each entry's
 * digest), and adding or removing a page is daily work that must not render all the others again.
 */
function entryInputs(root: string): string[] {
  const nonPages = filesOf(root, 'content').filter((path) => !path.endsWith('.md'));
  return [...TOOL_CODE, 'astro.config.mjs', ...nonPages];
}

export function entryInputsDigest(root: string): string {
  return hashFiles(createHash('sha1'), root, entryInputs(root)).digest('hex');
}

/** Drops Astro's content store when what makes its entries changed since it was written; says whether it did. */
export function dropStaleContentStore(root = '.', cacheDir = join(root, CACHE_DIR)): boolean {
  const digest = entryInputsDigest(root);
  const stamp = join(cacheDir, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return false;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
  return true;
}
