/**
 * Every page a reader can look for is in its version's search index, as published. The index is made in parts, and a
 * part whose pages did not change is kept from the previous build (src/lib/build/search-index.ts): a part left out,
 * or kept for pages that changed, would leave pages unsearchable with no error anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexRuns } from '../../src/lib/build/search-index.ts';
import { routes } from '../../src/routes/route-table.ts';
import { $, allPages, DIST, urlOf } from './dist.ts';

/** Pages Pagefind reads: those whose <main> is marked as the page's searchable body. */
const searchable = new Set(allPages().filter((p) => $(p.tree, 'main[data-pagefind-body]')).map((p) => p.url));

/** Pages in a part's index, as Pagefind counted them when it wrote it. */
function indexedCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(DIST, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

describe('the search index of each version', () => {
  const runs = searchIndexRuns(DIST);

  it('holds, part by part, every searchable page of the part', () => {
    for (const run of runs) {
      const pages = run.pages.filter((file) => searchable.has(urlOf(join(DIST, file))));
      expect(indexedCount(run.bundle), run.bundle).toBe(pages.length);
    }
  });

  it('leaves no searchable page out of every part, and puts each page in its own version’s', () => {
    const placed = runs.flatMap((run) => run.pages.map((file) => ({ url: urlOf(join(DIST, file)), version: run.version })));
    expect([...searchable].filter((url) => !placed.some((p) => p.url === url))).toEqual([]);
    for (const { url, version } of placed) expect(routes.versionOf(url), url).toBe(version);
  });

  it('leaves out only the pages that are no reading matter (search, display settings, page not found), in both versions', () => {
    const left = allPages().filter((p) => !searchable.has(p.url)).map((p) => routes.match(p.url)?.kind.id);
    expect(new Set(left)).toEqual(new Set(['recherche', 'parametres-affichage', '404']));
    // Every leaf of the report is searchable in both versions.
    for (const version of ['standard', 'falc'] as const) {
      expect([...searchable].filter((url) => routes.versionOf(url) === version && routes.match(url)?.kind === routes.kindOf('leaf')).length, version).toBe(40);
    }
  });
});
