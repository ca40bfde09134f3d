/**
 * The Pagefind search index of a built site, one index per version: each
 * version's search only ever looks in its own pages (src/scripts/search.ts), and
 * two indexes built one after the other need about two thirds of the memory of
 * one index of the whole site, which set the build's peak memory on a long
 * report (issue 20: 227 MB → 155 MB at 400 ambitions).
 */
import { readdirSync } from 'node:fs';
import { inVersion } from '../urls.ts';
import { SEARCH_BUNDLES } from '../search-bundles.ts';

/** A folder or file name that reads the same in a Pagefind glob (route slugs always do). */
const PLAIN_NAME = /^[\w.-]+$/;

/** Pagefind's arguments for each version's index of the site built in `outDir`: its pages, and where its index goes. */
export function searchIndexRuns(outDir: string): string[][] {
  const falcFolder = inVersion('/', 'falc').replace(/^\/|\/$/g, '');
  // The standard version: every page outside the FALC folder (and outside Astro's and Pagefind's own folders).
  const standard = readdirSync(outDir, { withFileTypes: true }).flatMap((entry) => {
    if ([falcFolder, '_astro', 'pagefind'].includes(entry.name)) return [];
    if (!PLAIN_NAME.test(entry.name)) throw new Error(`Unexpected name in the built site, not usable in a Pagefind glob: ${entry.name}`);
    if (entry.isDirectory()) return [`${entry.name}/**/*.html`];
    return entry.name.endsWith('.html') ? [entry.name] : [];
  });
  const run = (glob: string, bundle: string) => ['--site', outDir, '--glob', glob, '--output-subdir', bundle, '--quiet'];
  return [
    // The standard version's bundle first: it is the folder the FALC one is written into.
    run(`{${standard.join(',')}}`, SEARCH_BUNDLES.standard),
    run(`${falcFolder}/**/*.html`, SEARCH_BUNDLES.falc),
  ];
}

