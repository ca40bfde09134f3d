/** Social cards (issue 8): every page names its own Open Graph image, built into dist/og/, never loaded by readers. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { $, $$, DIST, allPages } from './dist.ts';
import { ogImagePath, OG_HEIGHT, OG_WIDTH, wrap } from '../../src/lib/og-image.ts';
import { readSiteConfig } from '../../src/lib/site-config.ts';

const origin = new URL(readSiteConfig().adresse).origin;
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

describe('Open Graph images', () => {
  it('maps page URLs to card files', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/solidarites-territoriales/ambition-1/')).toBe('/og/solidarites-territoriales/ambition-1.png');
    expect(ogImagePath('/facile-a-lire/')).toBe('/og/facile-a-lire.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
  });

  it('wraps a title at spaces only', () => {
    expect(wrap('Ambition 1 :\u00A0Le Département, 1er partenaire', 14)).toEqual(['Ambition 1', ':\u00A0Le', 'Département,', '1er partenaire']);
  });

  it('gives every page, in both versions, its own 1200 × 630 card on the site’s address', () => {
    const seen = new Set<string>();
    for (const p of allPages()) {
      const meta = $(p.tree, 'meta[property="og:image"]');
      expect(meta, p.url).toBeDefined();
      const url = new URL(String(meta!.properties.content));
      expect(url.origin, p.url).toBe(origin);
      expect(url.pathname, p.url).toBe(ogImagePath(p.url));
      expect(seen.has(url.pathname), `${p.url} partage sa carte`).toBe(false);
      seen.add(url.pathname);
      const file = join(DIST, url.pathname);
      expect(existsSync(file), `${file} manque`).toBe(true);
      expect(pngSize(file)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
      expect($(p.tree, 'meta[property="og:image:width"]')?.properties.content).toBe(String(OG_WIDTH));
    }
  });

  it('never makes a reader download a card (only named in <meta>)', () => {
    for (const p of allPages()) {
      const loaded = ($$(p.tree, 'img, source, link, image, use') as Element[]).flatMap((el) =>
        [el.properties.src, el.properties.srcSet, el.properties.href].flat().filter((v) => String(v ?? '').includes('/og/')),
      );
      expect(loaded, p.url).toEqual([]);
    }
  });
});
