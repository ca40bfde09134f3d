/**
 * A version's search index is kept from the previous build only when that
 * build's pages of the version are exactly the new ones, and its index was
 * written by the Pagefind installed now: a kept index that missed one changed
 * word would make search find the old text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexIsReusable, reuseIndex, searchIndexRuns, writePartsLists, type SearchIndexRun } from '../../src/lib/build/search-index.ts';
import { SEARCH_PARTS_FILE } from '../../src/lib/search-bundles.ts';
import { inVersion } from '../../src/lib/urls.ts';
import { fileTree } from '../helpers/file-tree.ts';

const PAGEFIND_VERSION = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;

const site = (files: Record<string, string>) => fileTree('index-', files);

/** The FALC version's folder, as this project's report names it. */
const FALC = inVersion('/', 'falc').replace(/^\/|\/$/g, '');
const PAGES = { 'index.html': '<p>Accueil</p>', 'ambitions/st-01/index.html': '<p>Une ambition</p>', [`${FALC}/index.html`]: '<p>Bonjour</p>' };
const INDEXES = {
  'pagefind/pagefind-entry.json': JSON.stringify({ version: PAGEFIND_VERSION }),
  'pagefind/index/fr.pf_index': 'index standard',
  'pagefind/falc/pagefind-entry.json': JSON.stringify({ version: PAGEFIND_VERSION }),
  'pagefind/falc/index/fr.pf_index': 'index facile',
};
const previousSite = (changes: Record<string, string> = {}) => site({ ...PAGES, ...INDEXES, ...changes });
const runOf = (dir: string, version: SearchIndexRun['version']) => searchIndexRuns(dir).find((run) => run.version === version)!;
/** As the build asks it: the previous site's runs listed by the caller (none when there is no previous site). */
const reusable = (run: SearchIndexRun, out: string, previous: string) =>
  indexIsReusable(run, out, previous, existsSync(previous) ? searchIndexRuns(previous) : []);

describe('searchIndexRuns', () => {
  it('gives each version its pages and its bundle, Pagefind’s own folder left out', () => {
    const dir = previousSite();
    expect(searchIndexRuns(dir).map(({ version, bundle, pages }) => ({ version, bundle, pages }))).toEqual([
      { version: 'standard', bundle: 'pagefind/', pages: ['ambitions/st-01/index.html', 'index.html'] },
      { version: 'falc', bundle: 'pagefind/falc/', pages: [`${FALC}/index.html`] },
    ]);
  });

  it('splits a version with more pages than one index takes into parts of equal size, each a bundle of its own', () => {
    const pages = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((name) => [`ambitions/${name}/index.html`, '<p>Une ambition</p>']));
    const dir = site({ ...PAGES, ...pages });
    const runs = searchIndexRuns(dir, 3);
    expect(runs.map(({ version, bundle, pages }) => ({ version, bundle, pages }))).toEqual([
      { version: 'standard', bundle: 'pagefind/', pages: ['ambitions/a/index.html', 'ambitions/b/index.html', 'ambitions/c/index.html'] },
      { version: 'falc', bundle: 'pagefind/falc/', pages: [`${FALC}/index.html`] },
      { version: 'standard', bundle: 'pagefind/partie-2/', pages: ['ambitions/d/index.html', 'ambitions/e/index.html', 'ambitions/st-01/index.html'] },
      { version: 'standard', bundle: 'pagefind/partie-3/', pages: ['index.html'] },
    ]);
    // Every page in exactly one part of its version; a bundle written before any bundle inside it.
    expect(runs.filter((run) => run.version === 'standard').flatMap((run) => run.pages).sort()).toEqual([...Object.keys(pages), 'ambitions/st-01/index.html', 'index.html'].sort());
    runs.forEach((run, i) => expect(runs.slice(i + 1).some((later) => run.bundle.startsWith(later.bundle))).toBe(false));
  });

  it('lists each version’s further parts in its first bundle, and none for a version in one part', () => {
    const pages = Object.fromEntries(['a', 'b', 'c'].map((name) => [`ambitions/${name}/index.html`, '<p>Une ambition</p>']));
    const dir = site({ ...PAGES, ...pages, 'pagefind/x': '', 'pagefind/falc/x': '' });
    writePartsLists(dir, searchIndexRuns(dir, 2));
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', SEARCH_PARTS_FILE), 'utf8'))).toEqual(['pagefind/partie-2/', 'pagefind/partie-3/']);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/falc', SEARCH_PARTS_FILE), 'utf8'))).toEqual([]);
  });
});

describe('indexIsReusable', () => {
  it('keeps both versions’ indexes when every page is the same', () => {
    const out = site(PAGES);
    const previous = previousSite();
    expect(reusable(runOf(out, 'standard'), out, previous)).toBe(true);
    expect(reusable(runOf(out, 'falc'), out, previous)).toBe(true);
  });
  it('indexes again the version of a page that changed, and only it', () => {
    const out = site({ ...PAGES, 'ambitions/st-01/index.html': '<p>Une ambition, modifiée</p>' });
    const previous = previousSite();
    expect(reusable(runOf(out, 'standard'), out, previous)).toBe(false);
    expect(reusable(runOf(out, 'falc'), out, previous)).toBe(true);
  });
  it('indexes again a version with a page added or removed', () => {
    const added = site({ ...PAGES, [`${FALC}/ambitions/st-01/index.html`]: '<p>Une page</p>' });
    expect(reusable(runOf(added, 'falc'), added, previousSite())).toBe(false);
    const { 'ambitions/st-01/index.html': _removed, ...fewer } = PAGES;
    const removed = site(fewer);
    expect(reusable(runOf(removed, 'standard'), removed, previousSite())).toBe(false);
  });
  it('indexes again when the index was written by another Pagefind, or is missing, or there is no previous site', () => {
    const out = site(PAGES);
    expect(reusable(runOf(out, 'falc'), out, previousSite({ 'pagefind/falc/pagefind-entry.json': JSON.stringify({ version: '0.0.1' }) }))).toBe(false);
    expect(reusable(runOf(out, 'standard'), out, site(PAGES))).toBe(false);
    expect(reusable(runOf(out, 'standard'), out, join(out, 'absent'))).toBe(false);
  });
});

describe('reuseIndex', () => {
  it('copies a version’s index without the other version’s index written inside it', () => {
    const out = site(PAGES);
    const previous = previousSite();
    reuseIndex(runOf(out, 'standard'), out, previous);
    expect(readFileSync(join(out, 'pagefind/index/fr.pf_index'), 'utf8')).toBe('index standard');
    expect(existsSync(join(out, 'pagefind/falc'))).toBe(false);
    reuseIndex(runOf(out, 'falc'), out, previous);
    expect(readFileSync(join(out, 'pagefind/falc/index/fr.pf_index'), 'utf8')).toBe('index facile');
  });
  it('copies one part of an index without the further parts written inside its bundle', () => {
    const out = site(PAGES);
    const previous = previousSite({
      'pagefind/partie-2/pagefind-entry.json': JSON.stringify({ version: PAGEFIND_VERSION }),
      'pagefind/partie-2/index/fr.pf_index': 'index standard, partie 2',
    });
    reuseIndex(runOf(out, 'standard'), out, previous);
    expect(readFileSync(join(out, 'pagefind/index/fr.pf_index'), 'utf8')).toBe('index standard');
    expect(existsSync(join(out, 'pagefind/partie-2'))).toBe(false);
    reuseIndex({ version: 'standard', bundle: 'pagefind/partie-2/', pages: [] }, out, previous);
    expect(readFileSync(join(out, 'pagefind/partie-2/index/fr.pf_index'), 'utf8')).toBe('index standard, partie 2');
  });
});
