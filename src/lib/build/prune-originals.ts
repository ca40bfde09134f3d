/**
 * Astro copies the original of every photo it imports into `_astro/` (a phone
 * photo as it was taken, with its EXIF: GPS position, phone, author), even when
 * every page only uses the resized, re-encoded versions. This removes each
 * image of `_astro/` that no published file names, so that no original reaches
 * readers; the ones pages use are kept.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp|heic|heif|tiff?)$/i;
/** Files that can name an image: pages, styles, scripts, sitemap, search index metadata. */
const REFERRER = /\.(html|css|js|mjs|json|xml|webmanifest|txt)$/i;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Removes the unreferenced images of `<outDir>/_astro/`; returns their names. */
export function pruneUnreferencedImages(outDir: string): string[] {
  const files = allFiles(outDir);
  const text = files.filter((f) => REFERRER.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
  const astro = join(outDir, '_astro');
  const unused = files.filter((f) => f.startsWith(astro) && IMAGE.test(f) && !text.includes(basename(f)));
  for (const file of unused) rmSync(file);
  return unused.map((f) => basename(f));
}
