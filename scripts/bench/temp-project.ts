/**
 * A throw-away copy of the project for the bench and the image test: everything
 * but node_modules, dist/, .astro/, reports/ and .git/, in a fresh temporary
 * folder. node_modules/ is a real folder of symlinks to each installed package,
 * without Astro's caches (node_modules/.astro, .vite), so that the copy's
 * content store and image cache stay in the copy: the real tree is never written to.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', '.astro', 'reports', '.git']);
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest', '.cache']);

export interface TempProject {
  dir: string;
  remove(): void;
}

/**
 * `withContent: false` keeps only the settings of content/; `report` replaces
 * content/ with another report's (a folder holding `content/` and, if it has
 * its own pictograms or files, `public/`, copied over the project's).
 */
export function copyProject(root = '.', options: { withContent?: boolean; report?: string } = {}): TempProject {
  const source = resolve(root);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-falc-bench-'));
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => {
      const rel = path.slice(source.length + 1);
      const top = rel.split('/')[0] ?? '';
      if (SKIPPED.has(top) || basename(path).startsWith('.dist-')) return false;
      if (options.withContent === false && top === 'content' && !['content', 'content/site.yaml', 'content/rapport.yaml', 'content/pictogrammes.yaml'].includes(rel)) return false;
      return true;
    },
  });
  if (options.report) {
    const report = resolve(options.report);
    rmSync(join(dir, 'content'), { recursive: true, force: true });
    cpSync(join(report, 'content'), join(dir, 'content'), { recursive: true });
    if (existsSync(join(report, 'public'))) {
      // The report's own pictograms replace the project's: the check wants each drawing used.
      rmSync(join(dir, 'public/pictogrammes'), { recursive: true, force: true });
      cpSync(join(report, 'public'), join(dir, 'public'), { recursive: true });
    }
  }
  linkNodeModules(source, dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `dir/node_modules/`: a real folder of symlinks to `source`'s packages, without its caches (Astro and Vite write there). */
export function linkNodeModules(source: string, dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(source, 'node_modules'))) {
    if (CACHES.has(entry)) continue;
    symlinkSync(join(source, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}
