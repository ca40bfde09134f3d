/** Reads the built site in `dist/` as HTML trees, for the built-site tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { htmlFiles, urlOfFile } from '../../src/lib/built-pages.ts';

export const DIST = 'dist';

export interface Page {
  /** URL path, e.g. `/solidarites-territoriales/ambition-1/`. */
  url: string;
  file: string;
  html: string;
  tree: Root;
}


export const urlOf = (file: string): string => urlOfFile(DIST, file);

let pages: Page[] | undefined;

export function allPages(): Page[] {
  if (!existsSync(DIST)) throw new Error('dist/ est absent : lancez « npm run build » avant les tests du site.');
  pages ??= htmlFiles(DIST)
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { url: urlOf(file), file, html, tree: fromHtml(html) };
    });
  return pages;
}

export function page(url: string): Page {
  const found = allPages().find((p) => p.url === url);
  if (!found) throw new Error(`Page ${url} absente de dist/`);
  return found;
}

export const $ = (tree: Root | Element, selector: string) => select(selector, tree);
export const $$ = (tree: Root | Element, selector: string) => selectAll(selector, tree);
/** Text as a reader sees it (block elements separated), with all white space folded to one space. */
export const text = (node: Root | Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');

/** Does a URL path (possibly with #fragment) point to a file in dist/ and an element with that id? */
export function resolves(href: string): boolean {
  const [path = '', fragment] = href.split('#');
  const target = allPages().find((p) => p.url === (path === '' ? '/' : path));
  if (!target) return existsSync(join(DIST, path));
  return fragment ? $(target.tree, `[id="${fragment}"]`) !== undefined : true;
}
