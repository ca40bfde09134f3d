/**
 * Where each version's search index is published (src/lib/build/search-index.ts
 * writes them, src/scripts/search.ts loads the one of the version searched).
 * Both under /pagefind/, the folder the hosting notes give Pagefind's rights to.
 *
 * A version with many pages is indexed in parts (Pagefind's memory grows with the
 * pages of one index): the first part is the version's bundle, each further part
 * a bundle inside it, and the first bundle's `SEARCH_PARTS_FILE` lists the further
 * ones, which the search merges into the first.
 */
export const SEARCH_BUNDLES = { standard: 'pagefind/', falc: 'pagefind/falc/' } as const;

/** In a version's bundle: the list (JSON) of the further parts of its index, as bundle paths from the site's root. */
export const SEARCH_PARTS_FILE = 'parties.json';

/** The bundle of part `n` (from 1) of a version's index. */
export function searchPartBundle(version: keyof typeof SEARCH_BUNDLES, n: number): string {
  return n === 1 ? SEARCH_BUNDLES[version] : `${SEARCH_BUNDLES[version]}partie-${n}/`;
}
