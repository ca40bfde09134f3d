/** Reads the built site in `dist/` as HTML trees, for the built-site tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

export const DIST = 'dist';

export interface Page {
  /** URL path, e.g. `/solidarites-territoriales/ambition-1/`. */
  url: string;
  file: string;
  html: string;
  tree: Root;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function urlOf(file: string): string {
  const rel = relative(DIST, file).replaceAll('\\', '/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

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
