/** The one walker of a built site's pages, and the one reader of an element of a page: the build's steps (social cards, search index, glossary list), the tests and the audit use them. */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { elementTree, htmlFiles, urlOfFile } from '../../src/lib/built-pages.ts';
import { fileTree } from '../helpers/file-tree.ts';

const SITE = {
  'index.html': '',
  '404.html': '',
  'robots.txt': '',
  'a/index.html': '',
  'a/og/index.html': '',
  'og/a.png': '',
  'og/index.html': '',
  '_astro/x.html': '',
};

const pagesOf = (dir: string, skip?: string[]) => htmlFiles(dir, skip).map((file) => relative(dir, file)).sort();

describe('htmlFiles', () => {
  it('lists every HTML file of the site, at any depth', () => {
    const dir = fileTree('pages-', SITE);
    expect(pagesOf(dir)).toEqual(['404.html', '_astro/x.html', 'a/index.html', 'a/og/index.html', 'index.html', 'og/index.html']);
  });

  it('leaves out the folders it is told to skip, and only those: a page in a folder of the same name elsewhere stays', () => {
    const dir = fileTree('pages-', SITE);
    expect(pagesOf(dir, ['og', '_astro'])).toEqual(['404.html', 'a/index.html', 'a/og/index.html', 'index.html']);
    expect(pagesOf(dir, ['a/og'])).toEqual(['404.html', '_astro/x.html', 'a/index.html', 'index.html', 'og/index.html']);
  });
});

describe('urlOfFile', () => {
  it('gives a page its address as a reader types it', () => {
    expect(urlOfFile('dist', 'dist/index.html')).toBe('/');
    expect(urlOfFile('dist', 'dist/a/b/index.html')).toBe('/a/b/');
    expect(urlOfFile('dist', 'dist/404.html')).toBe('/404.html');
  });
});

describe('elementTree', () => {
  const PAGE = '<!doctype html><html><head><style>h1 { color: red }</style></head><body><header>Site</header>' +
    '<main id="contenu"><h1>Le <em>bilan</em> &amp; ses défis</h1><p>Texte</p></main><footer>Pied</footer></body></html>';

  it('parses the first element of that name alone, its text read as a browser reads it', () => {
    expect(toString(elementTree(PAGE, 'h1')!)).toBe('Le bilan & ses défis');
    expect(toString(elementTree(PAGE, 'main')!)).toBe('Le bilan & ses défisTexte');
  });

  it('takes no element whose name only starts the same, and gives nothing when there is none', () => {
    expect(toString(elementTree('<p><abbr>ONU</abbr> <a href="/">lien</a></p>', 'a')!)).toBe('lien');
    expect(elementTree(PAGE, 'nav')).toBeUndefined();
  });
});
