/** The HTML pages of a build folder and their URL paths: shared by the build's steps, the built-site tests, the audit and the bench. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

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
