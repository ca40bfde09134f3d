/**
 * The Pagefind search index of a built site, one index per version: each
 * version's search only ever looks in its own pages (src/scripts/search.ts), and
 * two indexes built one after the other need about two thirds of the memory of
 * one index of the whole site, which set the build's peak memory on a long
 * report (227 MB → 155 MB at 400 ambitions).
 *
 * A version whose pages are all byte for byte those of the previous build (an
 * edit of the other version's text, a rebuild with no change) keeps the
 * previous build's index: Pagefind writes the same files from the same pages,
 * so indexing them again would only cost time.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inVersion } from '../urls.ts';
import { SEARCH_BUNDLES } from '../search-bundles.ts';

/** A folder or file name that reads the same in a Pagefind glob (route slugs always do). */
const PLAIN_NAME = /^[\w.-]+$/;

export interface SearchIndexRun {
  version: keyof typeof SEARCH_BUNDLES;
  /** Where the version's index goes in the site (`pagefind/`, `pagefind/falc/`). */
  bundle: string;
  /** The version's pages, relative to the site's folder. */
  pages: string[];
  /** Pagefind's arguments. */
  args: string[];
}

const htmlUnder = (outDir: string, folder: string): string[] =>
  existsSync(join(outDir, folder))
    ? readdirSync(join(outDir, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    : [];

/** Pagefind's run for each version's index of the site built in `outDir`: its pages, and where its index goes. */
export function searchIndexRuns(outDir: string): SearchIndexRun[] {
  const falcFolder = inVersion('/', 'falc').replace(/^\/|\/$/g, '');
  // The standard version: every page outside the FALC folder (and outside Astro's and Pagefind's own folders).
  const entries = readdirSync(outDir, { withFileTypes: true }).filter((entry) => ![falcFolder, '_astro', 'pagefind'].includes(entry.name));
  for (const entry of entries) {
    if (!PLAIN_NAME.test(entry.name)) throw new Error(`Unexpected name in the built site, not usable in a Pagefind glob: ${entry.name}`);
  }
  // Each entry's glob and pages, from one pass over the entries.
  const parts = entries.flatMap((entry) => (entry.isDirectory()
    ? [{ glob: `${entry.name}/**/*.html`, pages: htmlUnder(outDir, entry.name) }]
    : entry.name.endsWith('.html') ? [{ glob: entry.name, pages: [entry.name] }] : []));
  const run = (glob: string, version: SearchIndexRun['version'], pages: string[]): SearchIndexRun => ({
    version,
    bundle: SEARCH_BUNDLES[version],
    pages: pages.sort(),
    args: ['--site', outDir, '--glob', glob, '--output-subdir', SEARCH_BUNDLES[version], '--quiet'],
  });
  return [
    // The standard version's bundle first: it is the folder the FALC one is written into.
    run(`{${parts.map((part) => part.glob).join(',')}}`, 'standard', parts.flatMap((part) => part.pages)),
    run(`${falcFolder}/**/*.html`, 'falc', htmlUnder(outDir, falcFolder)),
  ];
}

/** The version of Pagefind installed, which writes the index (its own scripts are part of it). */
function installedPagefindVersion(): string {
  const entry = new URL(import.meta.resolve('pagefind'));
  const packageJson = new URL('../package.json', entry);
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** The Pagefind version that wrote a bundle, from its entry file; undefined when there is no bundle. */
function bundleVersion(dir: string): string | undefined {
  const entry = join(dir, 'pagefind-entry.json');
  if (!existsSync(entry)) return undefined;
  return (JSON.parse(readFileSync(entry, 'utf8')) as { version?: string }).version;
}

/**
 * True when `previousDir` (the site the last build published) holds this version's index, written by the
 * Pagefind installed now, from exactly the same pages with exactly the same bytes. `previousRuns`: the previous
 * site's runs, when the caller has already listed them (once for every version).
 */
export function indexIsReusable(run: SearchIndexRun, outDir: string, previousDir: string, previousRuns?: SearchIndexRun[]): boolean {
  if (!existsSync(previousDir) || bundleVersion(join(previousDir, run.bundle)) !== installedPagefindVersion()) return false;
  const previous = (previousRuns ?? searchIndexRuns(previousDir)).find((other) => other.bundle === run.bundle);
  if (!previous || previous.pages.length !== run.pages.length) return false;
  return run.pages.every((page, i) => previous.pages[i] === page && readFileSync(join(outDir, page)).equals(readFileSync(join(previousDir, page))));
}

/** Copies the previous build's index of a version, without the other versions' bundles written inside it. */
export function reuseIndex(run: SearchIndexRun, outDir: string, previousDir: string): void {
  const from = join(previousDir, run.bundle);
  const nested = Object.values(SEARCH_BUNDLES).filter((bundle) => bundle !== run.bundle && bundle.startsWith(run.bundle)).map((bundle) => join(previousDir, bundle));
  cpSync(from, join(outDir, run.bundle), { recursive: true, filter: (source) => !nested.some((bundle) => `${source}/`.startsWith(bundle)) });
}
