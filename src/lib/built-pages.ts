/** The HTML pages of a build folder and their URL paths: shared by the built-site tests, the audit and the bench. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** `dist/a/b/index.html` → `/a/b/`; `dist/404.html` → `/404.html`. */
export function urlOfFile(dist: string, file: string): string {
  const rel = relative(dist, file).replaceAll('\\', '/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}
