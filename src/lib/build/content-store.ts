/**
 * Astro keeps the parsed content entries in its data store and parses an entry
 * again only when its file, or the content config file itself, changes. A
 * schema imported by the config (src/schemas/) can change with an update of the
 * tool while the content does not: the store then serves entries shaped by the
 * old schema, and pages crash on a field it did not have (seen: « exclure is
 * not iterable » after the glossary gained `exclure`). So the store is dropped
 * whenever the sources of the schemas change, before Astro reads it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Astro's default cache folder, where `data-store.json` lives. */
const CACHE_DIR = 'node_modules/.astro';
const STAMP = 'rapport-falc-schemas.sha1';

function sources(root: string): string[] {
  const schemas = join(root, 'src/schemas');
  const files = existsSync(schemas) ? readdirSync(schemas, { recursive: true, encoding: 'utf8' }).map((f) => join(schemas, f)) : [];
  return [join(root, 'src/content.config.ts'), ...files.filter((f) => f.endsWith('.ts'))].filter((f) => existsSync(f)).sort();
}

export function schemasDigest(root: string): string {
  const hash = createHash('sha1');
  for (const file of sources(root)) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Drops Astro's content store when the schemas changed since it was written; says whether it did. */
export function dropStoreIfSchemasChanged(root = '.', cacheDir = join(root, CACHE_DIR)): boolean {
  const digest = schemasDigest(root);
  const stamp = join(cacheDir, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return false;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
  return true;
}
