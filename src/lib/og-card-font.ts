/**
 * The social cards' font: Atkinson Hyperlegible from npm (@fontsource, SIL OFL,
 * already the site's readable font), not the build machine's fonts, so that two
 * clean machines draw the same cards. @fontsource ships WOFF; it is converted
 * to TrueType (src/lib/woff-to-sfnt.ts) and given to sharp's text renderer,
 * which adds it to the fonts the SVG renderer sees for the rest of the build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { woffToSfnt } from './woff-to-sfnt.ts';

export const CARD_FONT_FAMILY = 'Atkinson Hyperlegible';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
const woffOf = (weight: number) => require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);

/** Hash of the font files: part of each card's cache key, so that a font update draws the cards again. */
export function cardFontFingerprint(): string {
  const hash = createHash('sha256');
  for (const weight of WEIGHTS) hash.update(readFileSync(woffOf(weight)));
  return hash.digest('hex');
}

/** Writes the TrueType files into `dir` and registers them with sharp; call once before drawing cards. */
export async function registerCardFont(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const weight of WEIGHTS) {
    const fontfile = join(dir, `atkinson-hyperlegible-${weight}.ttf`);
    writeFileSync(fontfile, woffToSfnt(readFileSync(woffOf(weight))));
    await sharp({ text: { text: 'A', font: `${CARD_FONT_FAMILY} ${weight === 700 ? 'Bold ' : ''}12`, fontfile } }).png().toBuffer();
  }
}
