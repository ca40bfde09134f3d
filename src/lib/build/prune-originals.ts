/**
 * Astro copies the original of every photo it imports into `_astro/` (a phone
 * photo as it was taken, with its EXIF: GPS position, phone, author), even when
 * every page only uses the resized, re-encoded versions. This removes each
 * image of `_astro/` that no published file names, so that no original reaches
 * readers; the ones pages use are kept.
 *
 * The published files are read one at a time, and no longer once every image is
 * known to be used: holding the whole site's text at once cost 430 MB at the end
 * of a 8 000-page build, more than any page needed.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp|heic|heif|tiff?)$/i;
/** Files that can name an image: pages, styles, scripts, sitemap, search index metadata. */
const REFERRER = /\.(html|css|js|mjs|json|xml|webmanifest|txt)$/i;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Removes the unreferenced images of `<outDir>/_astro/`; returns their names. */
export function pruneUnreferencedImages(outDir: string): string[] {
  const astro = join(outDir, '_astro');
  if (!existsSync(astro)) return [];
  // Image file name → its paths, for the images no file read so far names.
  const unnamed = new Map<string, string[]>();
  for (const file of allFiles(astro).filter((f) => IMAGE.test(f))) unnamed.set(basename(file), [...(unnamed.get(basename(file)) ?? []), file]);
  for (const file of allFiles(outDir)) {
    if (unnamed.size === 0) break;
    if (!REFERRER.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const name of [...unnamed.keys()]) if (text.includes(name)) unnamed.delete(name);
  }
  const removed = [...unnamed.values()].flat();
  for (const file of removed) rmSync(file);
  return removed.map((file) => basename(file));
}
