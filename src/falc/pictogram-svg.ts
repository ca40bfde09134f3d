/** Reads a pictogram's SVG from the installed icon set, once, and makes it decorative. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PICTOGRAMS, type PictogramName } from './pictograms.ts';

const require = createRequire(import.meta.url);
const iconsDir = join(dirname(require.resolve('@tabler/icons/package.json')), 'icons', 'outline');
const cache = new Map<PictogramName, string>();

export function pictogramSvg(name: PictogramName): string {
  let svg = cache.get(name);
  if (!svg) {
    svg = readFileSync(join(iconsDir, `${PICTOGRAMS[name]}.svg`), 'utf8')
      .replace(/\s+/g, ' ')
      .replace(/ class="[^"]*"/, ' class="pictogram" aria-hidden="true" focusable="false"')
      .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none" ?\/>/, '')
      .replace(/> </g, '><')
      .trim();
    cache.set(name, svg);
  }
  return svg;
}
