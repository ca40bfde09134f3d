/**
 * The Pagefind search index of a built site, one index per version: each
 * version's search only ever looks in its own pages (src/scripts/search.ts), and
 * two indexes built one after the other need about two thirds of the memory of
 * one index of the whole site, which set the build's peak memory on a long
 * report (227 MB → 155 MB at 400 ambitions).
 *
 * Pagefind holds about a third of a megabyte per page until it writes an index
 * (1.3 GB for the 4 131 standard pages of a 4 000-ambition report, more than the
 * rest of the build), so a version with more than `MAX_PAGES_PER_INDEX` pages is
 * indexed in parts of (nearly) equal size, one after the other, each a bundle of its own
 * that the search merges (src/lib/search-bundles.ts). A reader then loads each
 * part's small engine (60 kB) at the first search: only reports of thousands of
 * pages pay it.
 *
 * A part whose pages are all byte for byte those of the previous build (an
 * edit of the other version's text, a rebuild with no change) keeps the
 * previous build's index: Pagefind writes the same files from the same pages,
 * so indexing them again would only cost time.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inVersion } from '../urls.ts';
import { htmlFiles } from '../built-pages.ts';
import { SEARCH_BUNDLES, SEARCH_PARTS_FILE, searchPartBundle } from '../search-bundles.ts';

/** Pages in one Pagefind index at most: about 550 MB of Pagefind’s memory (510 MB measured for 1 377 pages). */
export const MAX_PAGES_PER_INDEX = 1500;

export interface SearchIndexRun {
  version: keyof typeof SEARCH_BUNDLES;
  /** Where this part of the version's index goes in the site (`pagefind/`, `pagefind/falc/`, `pagefind/partie-2/`…). */
  bundle: string;
  /** The part's pages, relative to the site's folder. */
  pages: string[];
}

/**
 * Pagefind's runs for the site built in `outDir`: for each version, its pages in parts of at most `maxPages`, and
 * where each part's index goes. A bundle always comes before the bundles written inside it.
 */
export function searchIndexRuns(outDir: string, maxPages = MAX_PAGES_PER_INDEX): SearchIndexRun[] {
  const falcFolder = inVersion('/', 'falc').replace(/^\/|\/$/g, '');
  const pagesUnder = (folder: string, skip: string[] = []) =>
    existsSync(join(outDir, folder)) ? htmlFiles(join(outDir, folder), skip).map((file) => relative(outDir, file)) : [];
  // The standard version: every page outside the FALC folder (and outside Astro's and Pagefind's own folders).
  const standard = pagesUnder('.', [falcFolder, '_astro', 'pagefind']);
  const runs = (version: SearchIndexRun['version'], pages: string[]): SearchIndexRun[] => {
    const sorted = pages.sort();
    const count = Math.max(1, Math.ceil(sorted.length / maxPages));
    const size = Math.ceil(sorted.length / count);
    return Array.from({ length: count }, (_, i) => ({ version, bundle: searchPartBundle(version, i + 1), pages: sorted.slice(i * size, (i + 1) * size) }));
  };
  return [...runs('standard', standard), ...runs('falc', pagesUnder(falcFolder))].sort((a, b) => (a.bundle < b.bundle ? -1 : 1));
}

/** Writes, in each version's first bundle, the list of its further parts, which the search merges. */
export function writePartsLists(outDir: string, runs: SearchIndexRun[]): void {
  for (const [version, bundle] of Object.entries(SEARCH_BUNDLES)) {
    const further = runs.filter((run) => run.version === version && run.bundle !== bundle).map((run) => run.bundle);
    writeFileSync(join(outDir, bundle, SEARCH_PARTS_FILE), JSON.stringify(further));
  }
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
 * site's runs (`searchIndexRuns`), listed once by the caller for all the parts.
 */
export function indexIsReusable(run: SearchIndexRun, outDir: string, previousDir: string, previousRuns: readonly SearchIndexRun[]): boolean {
  if (!existsSync(previousDir) || bundleVersion(join(previousDir, run.bundle)) !== installedPagefindVersion()) return false;
  const previous = previousRuns.find((other) => other.bundle === run.bundle);
  if (!previous || previous.pages.length !== run.pages.length) return false;
  return run.pages.every((page, i) => previous.pages[i] === page && readFileSync(join(outDir, page)).equals(readFileSync(join(previousDir, page))));
}

/** Copies the previous build's index of a part, without the other bundles written inside it (each has its own entry file). */
export function reuseIndex(run: SearchIndexRun, outDir: string, previousDir: string): void {
  const from = join(previousDir, run.bundle);
  cpSync(from, join(outDir, run.bundle), { recursive: true, filter: (source) => source === from || !existsSync(join(source, 'pagefind-entry.json')) });
}
