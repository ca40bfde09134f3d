/**
 * Social cards are drawn in the project's own font (issue 15), not in whatever
 * the build machine has installed: the WOFF from npm becomes a TrueType font
 * that sharp renders, and a card drawn with it differs from the machine's
 * fallback font.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cardSvg } from '../../src/lib/og-image.ts';
import { CARD_FONT_FAMILY, registerCardFont } from '../../src/lib/og-card-font.ts';
import { woffToSfnt } from '../../src/lib/woff-to-sfnt.ts';

const card = { title: 'Ambition 1 : Le Département, 1er partenaire', context: 'Pacte des solidarités territoriales', organisation: 'Département du Pas-de-Calais' };
const pixels = async (svg: string) => sharp(Buffer.from(svg)).raw().toBuffer();

describe('the social cards’ font', () => {
  it('is a valid TrueType font made from the npm WOFF (sfnt header, same tables)', () => {
    const woff = readFileSync(createRequire(import.meta.url).resolve('@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff'));
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16));
  });

  it('is the only font the card names, and draws it instead of the machine’s fallback', async () => {
    const svg = cardSvg(card);
    expect(svg).toContain(`font-family="${CARD_FONT_FAMILY}"`);
    expect(svg.match(/font-family="[^"]*"/g)).toEqual([`font-family="${CARD_FONT_FAMILY}"`]);
    await registerCardFont(mkdtempSync(join(tmpdir(), 'og-font-')));
    const fallback = await pixels(svg.replace(`font-family="${CARD_FONT_FAMILY}"`, 'font-family="Police Absente"'));
    const drawn = await pixels(svg);
    expect(drawn.equals(fallback)).toBe(false);
    expect((await pixels(svg)).equals(drawn)).toBe(true);
  }, 60_000);
});
