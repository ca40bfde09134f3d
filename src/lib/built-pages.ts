/** The HTML pages of a build folder and their URL paths: shared by the build's steps, the built-site tests, the audit and the bench. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * The HTML files under `dir`, as paths that start with `dir`; `skip`: folders not read, as paths from `dir`
 * (`_astro`, `og`: Astro's assets and the social cards hold no page).
 */
export function htmlFiles(dir: string, skip: readonly string[] = []): string[] {
  const skipped = new Set(skip.map((folder) => join(dir, folder)));
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return skipped.has(path) ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(dir);
}

/** `dist/a/b/index.html` → `/a/b/`; `dist/404.html` → `/404.html`. */
export function urlOfFile(dist: string, file: string): string {
  const rel = relative(dist, file).replaceAll('\\', '/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/**
 * The address a built page was drawn at, as the page transforms saw it (src/middleware.ts): its URL, but `/404/` for
 * `404.html`, where Astro writes the page it renders at `/404/`.
 */
export function renderedAddress(dist: string, file: string): string {
  const url = urlOfFile(dist, file);
  return url === '/404.html' ? '/404/' : url;
}

/**
 * The tree of a built page's first `<tag>` element, parsed alone: a build step that reads one element of every
 * page (the title, the main content) spares parsing the rest, the head with its inlined styles among it.
 * Undefined when the page has none.
 */
export function elementTree(html: string, tag: string): Root | undefined {
  // `<tag` not followed by a name's character: `<main>` or `<main id…>`, never `<mainly>`.
  let start = html.indexOf(`<${tag}`);
  while (start >= 0 && !/[\s/>]/.test(html[start + tag.length + 1] ?? '')) start = html.indexOf(`<${tag}`, start + 1);
  const end = start < 0 ? -1 : html.indexOf(`</${tag}>`, start);
  return start < 0 || end < 0 ? undefined : fromHtml(html.slice(start, end + `</${tag}>`.length), { fragment: true });
}
