/**
 * Photos on ambition pages (issue 8), on a temporary copy of the project: the
 * test draws a 2400 × 1600 photo-like JPEG with sharp, as a phone writes it
 * (GPS position, phone model and author in its EXIF), puts it on st-01
 * (described) and st-02 (decorative) and in the text of st-03, builds the copy,
 * and checks the markup, what a 360 px wide phone downloads, and that nothing
 * private or original reaches dist/ (issue 15). Nothing is written to content/.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { openBuiltCopy, type BuiltCopy } from './browser.ts';

const LIMIT = 100_000;
/** What a phone writes into a photo: where it was taken (Vermelles), with what, by whom. */
const PHONE_EXIF = {
  IFD0: { Make: 'Fairphone', Model: 'FP5', Artist: 'Camille Martin' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 29/1 15/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 45/1 0/1' },
};
const CREDIT = 'Photo : Camille Martin / Département du Pas-de-Calais';

/** Value noise: a grid of random values, smoothly interpolated; `cell` is the grid step in pixels. */
function valueNoise(width: number, height: number, cell: number, seed: number) {
  const gw = Math.ceil(width / cell) + 2;
  const grid = new Float32Array(gw * (Math.ceil(height / cell) + 2));
  let s = seed;
  for (let i = 0; i < grid.length; i++) grid[i] = (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return (x: number, y: number) => {
    const [gx, gy] = [x / cell, y / cell];
    const [x0, y0] = [Math.floor(gx), Math.floor(gy)];
    const [fx, fy] = [gx - x0, gy - y0];
    const [sx, sy] = [fx * fx * (3 - 2 * fx), fy * fy * (3 - 2 * fy)];
    const a = grid[y0 * gw + x0]!, b = grid[y0 * gw + x0 + 1]!, c = grid[(y0 + 1) * gw + x0]!, d = grid[(y0 + 1) * gw + x0 + 1]!;
    return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
  };
}

/**
 * A photo-like picture: sky and ground with detail at every scale (5 octaves of
 * noise plus grain), so that it compresses about like a real photo (AVIF about
 * 4 / 15 / 33 kB at 360 / 720 / 1080 px; real photos can weigh up to twice that).
 */
async function photo(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  const octaves = [400, 97, 23, 5, 2].map((cell, i) => valueNoise(width, height, cell, i + 1));
  const weights = [0.3, 0.2, 0.2, 0.17, 0.13];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let n = ((x * 7919 + y * 104729) % 97) / 97 * 0.12 - 0.06;
      for (let o = 0; o < octaves.length; o++) n += octaves[o]!(x, y) * weights[o]!;
      const sky = y < height * 0.4 + octaves[1]!(x, 0) * 200;
      const i = (y * width + x) * 3;
      const [r, g, b] = sky ? [110 + n * 60, 160 + n * 50, 220 + n * 30] : [40 + n * 150, 70 + n * 140, 30 + n * 70];
      pixels[i] = r;
      pixels[i + 1] = g;
      pixels[i + 2] = b;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).withExif(PHONE_EXIF).toBuffer();
}

function addImage(file: string, yaml: string) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^---\n/, `---\n${yaml}`));
}

let copy: BuiltCopy;
let sourceBytes: number;
let source: Buffer;
const html = (url: string): Root => fromHtml(readFileSync(join(copy.dist, url, 'index.html'), 'utf8'));

beforeAll(async () => {
  copy = await openBuiltCopy(async (dir) => {
    const images = join(dir, 'content/ambitions/images');
    mkdirSync(images, { recursive: true });
    const jpeg = await photo(2400, 1600);
    source = jpeg;
    sourceBytes = jpeg.length;
    writeFileSync(join(images, 'essai.jpg'), jpeg);
    addImage(
      join(dir, 'content/ambitions/st-01.md'),
      `image:\n  src: ./images/essai.jpg\n  alt: Des élus inaugurent la nouvelle école de Vermelles.\n  credit: "${CREDIT}"\n`,
    );
    addImage(join(dir, 'content/ambitions/st-02.md'), `image:\n  src: ./images/essai.jpg\n  alt: ""\n  decorative: true\n  credit: "${CREDIT}"\n`);
    const st03 = join(dir, 'content/ambitions/st-03.md');
    writeFileSync(st03, `${readFileSync(st03, 'utf8')}\n![Le chantier de la nouvelle école.](./images/essai.jpg)\n`);
  });
}, 300_000);

afterAll(async () => {
  await copy?.close();
});

describe('a photo on an ambition page', () => {
  it('is a <picture> with AVIF and WebP sources at 360, 720 and 1080 px, and sizes', () => {
    const picture = select('figure.report-image picture', html('solidarites-territoriales/ambition-1'))!;
    expect(picture).toBeDefined();
    const sources = selectAll('source', picture) as Element[];
    expect(sources.map((s) => s.properties.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const widths = String(source.properties.srcSet).split(',').map((c) => c.trim().split(/\s+/)[1]);
      expect(widths).toEqual(['360w', '720w', '1080w']);
      expect(String(source.properties.sizes)).toContain('100vw');
    }
  });

  it('has its size, lazy loading, async decoding, its alt text and the credit as caption', () => {
    const figure = select('figure.report-image', html('solidarites-territoriales/ambition-1'))!;
    const img = select('img', figure)!;
    expect(Number(img.properties.width)).toBeGreaterThan(0);
    expect(Number(img.properties.height)).toBeGreaterThan(0);
    expect(Number(img.properties.width) / Number(img.properties.height)).toBeCloseTo(1.5, 1);
    expect(img.properties).toMatchObject({ loading: 'lazy', decoding: 'async', alt: 'Des élus inaugurent la nouvelle école de Vermelles.' });
    const caption = selectAll('figcaption', figure).map((c) => toString(c).replace(/\s/g, ' '));
    expect(caption).toEqual([CREDIT]);
  });

  it('has an empty alt when decorative, and still its credit', () => {
    const figure = select('figure.report-image', html('solidarites-territoriales/ambition-2'))!;
    expect(select('img', figure)!.properties.alt).toBe('');
    expect(select('figcaption', figure)).toBeDefined();
  });

  it('does not appear on a page without a photo, nor on the FALC twin', () => {
    expect(select('figure.report-image', html('solidarites-territoriales/ambition-3'))).toBeUndefined();
    expect(select('figure.report-image', html('facile-a-lire/solidarites-territoriales/ambition-1'))).toBeUndefined();
  });

  it.each([1, 2, 3])(`downloads at most 100 kB of images at 360 px wide (device pixel ratio %i)`, async (dpr) => {
    const context = await copy.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: dpr });
    const page = await context.newPage();
    const images: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'image') return;
      images.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.goto(`${copy.server.origin}/solidarites-territoriales/ambition-1/`);
    // Lazy: nothing before the reader scrolls to it.
    expect(images).toEqual([]);
    await page.locator('figure.report-image img').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('figure.report-image img') as HTMLImageElement).complete);
    await page.waitForTimeout(200);
    const total = images.reduce((sum, i) => sum + i.bytes, 0);
    console.info(`DPR ${dpr} : ${images.map((i) => `${i.url.split('/').pop()} ${i.bytes} o`).join(', ')} (source ${sourceBytes} o)`);
    expect(images).toHaveLength(1);
    expect(images[0]!.url).toMatch(/\.avif$/);
    expect(total).toBeLessThanOrEqual(LIMIT);
    await context.close();
  });

  it('costs little build time (reported)', () => {
    console.info(`Construction avec 1 photo sur 2 pages : ${(copy.build.wallMs / 1000).toFixed(1)} s, images ${copy.build.phases.images ?? '–'} s`);
    expect(copy.build.phases.images).toBeDefined();
  });
});

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));

describe('what dist/ publishes of a phone photo (issue 15)', () => {
  it('keeps neither the original file nor its EXIF block (GPS, phone, author) in any file', async () => {
    const exif = (await sharp(source).metadata()).exif!;
    expect(exif.toString('latin1')).toContain('Fairphone');
    const files = allFiles(copy.dist);
    const carriers = files.filter((f) => {
      const bytes = readFileSync(f);
      return bytes.equals(source) || bytes.includes(exif) || bytes.includes('Fairphone') || bytes.includes('Camille Martin\0');
    });
    expect(carriers).toEqual([]);
  }, 60_000);

  it('writes no metadata (EXIF, XMP, IPTC) into any published image', async () => {
    const images = allFiles(join(copy.dist, '_astro')).filter((f) => /\.(avif|webp|jpe?g|png)$/.test(f));
    expect(images.length).toBeGreaterThanOrEqual(9);
    const withMetadata: string[] = [];
    for (const image of images) {
      const { exif, xmp, iptc } = await sharp(image).metadata();
      if (exif || xmp || iptc) withMetadata.push(image);
    }
    expect(withMetadata).toEqual([]);
  }, 60_000);

  it('publishes no image wider than 1080 px, the JPEG fallback and the image in the text included', async () => {
    const images = allFiles(join(copy.dist, '_astro')).filter((f) => /\.(avif|webp|jpe?g|png)$/.test(f));
    const widths = await Promise.all(images.map(async (f) => (await sharp(f).metadata()).width));
    expect(Math.max(...widths)).toBe(1080);
    const fallback = select('figure.report-image img', html('solidarites-territoriales/ambition-1'))!;
    expect(String(fallback.properties.src)).toMatch(/\.jpg$/);
    expect(Number(fallback.properties.width)).toBe(1080);
    const inText = selectAll('main img', html('solidarites-territoriales/ambition-3')) as Element[];
    expect(inText).toHaveLength(1);
    expect(Number(inText[0]!.properties.width)).toBe(1080);
    expect(String(inText[0]!.properties.srcSet).split(',').map((c) => c.trim().split(/\s+/)[1])).toEqual(['360w', '720w', '1080w']);
  }, 60_000);
});
