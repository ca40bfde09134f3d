/**
 * Where each version's search index is published (src/lib/build/search-index.ts
 * writes them, src/scripts/search.ts loads the one of the version searched).
 * Both under /pagefind/, the folder the hosting notes give Pagefind's rights to.
 */
export const SEARCH_BUNDLES = { standard: 'pagefind/', falc: 'pagefind/falc/' } as const;
