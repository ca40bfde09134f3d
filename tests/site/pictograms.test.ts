/**
 * The pictograms of the built FALC pages: each is a Mulberry drawing of the
 * project's list (content/pictogrammes.yaml), published in dist/pictogrammes/,
 * shown at 48 px or more, decorative; no icon is written into the page any more;
 * the licence's credit is on every FALC page and on the accessibility statement,
 * with the licence's text served by the site itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { $, $$, DIST, allPages, page, text } from './dist.ts';
import { pictograms } from '../../src/lib/pictograms/pictograms.ts';

const falcPages = allPages().filter((p) => p.url.startsWith('/facile-a-lire/'));
const symbols = new Set([...pictograms('.').values()].map((p) => p.symbole));
const CREDIT = 'Pictogrammes : Mulberry Symbols, © Steve Lee, licence CC BY-SA 4.0';

describe('FALC pictograms in dist/', () => {
  const images = falcPages.flatMap((p) => ($$(p.tree, 'img.pictogram') as Element[]).map((img) => ({ url: p.url, img })));

  it('are on the FALC pages: every section heading with a pictogram, every key-figure card', () => {
    expect(images.length).toBeGreaterThan(150);
    const sectionsWithout = falcPages.flatMap((p) =>
      ($$(p.tree, '.falc-section__picto') as Element[]).filter((s) => !$(s, ':scope > img.pictogram')).map(() => p.url),
    );
    expect(sectionsWithout).toEqual([]);
    expect($$(page('/facile-a-lire/').tree, '.falc-key-figure__picto > img.pictogram').length).toBeGreaterThan(0);
  });

  it('are drawings of the Mulberry symbols of content/pictogrammes.yaml, published with the site', () => {
    const wrong = images.flatMap(({ url, img }) => {
      const match = /^\/pictogrammes\/([^/]+)\.svg$/.exec(String(img.properties.src));
      const symbol = match ? decodeURIComponent(match[1]!) : undefined;
      if (!symbol || !symbols.has(symbol)) return [`${url} : ${String(img.properties.src)} n’est pas un symbole de la liste`];
      const file = join(DIST, 'pictogrammes', `${symbol}.svg`);
      if (!existsSync(file) || !readFileSync(file, 'utf8').includes('<svg')) return [`${url} : ${file} manque`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('are shown at 48 px or more, and are decorative (empty alt: the heading says the same)', () => {
    const wrong = images
      .filter(({ img }) => !(Number(img.properties.width) >= 48 && Number(img.properties.height) >= 48 && img.properties.alt === ''))
      .map(({ url, img }) => `${url} ${String(img.properties.src)} ${String(img.properties.width)}×${String(img.properties.height)} alt=${String(img.properties.alt)}`);
    expect(wrong).toEqual([]);
    // The stylesheet never draws them smaller (the narrow-screen rule included).
    const css = ($$(page('/facile-a-lire/solidarites-territoriales/ambition-1/').tree, 'style') as Element[]).map((s) => text(s)).join('');
    expect(css).toMatch(/\.pictogram\{[^}]*min-width:48px[^}]*min-height:48px/);
  });

  it('are files, not SVG written into every page', () => {
    expect(falcPages.filter((p) => $$(p.tree, 'main svg').length > 0).map((p) => p.url)).toEqual([]);
  });
});

describe('credit of the Mulberry Symbols (CC BY-SA 4.0)', () => {
  const licence = '/pictogrammes/LICENSE.txt';

  it('publishes the licence text on the site', () => {
    const body = readFileSync(join(DIST, licence), 'utf8');
    expect(body).toContain('Copyright 2018-2026 Steve Lee');
    expect(body).toContain('Attribution-ShareAlike 4.0 International Public License');
  });

  it('is in the footer of every FALC page and on the accessibility statement, linked to the licence on the site', () => {
    const pages = [...falcPages, page('/accessibilite/')];
    const missing = pages.filter((p) => {
      const credit = ($$(p.tree, '.pictogram-credit') as Element[]).find((c) => text(c) === CREDIT);
      return !credit || !$(credit, `a[href="${licence}"]`);
    });
    expect(missing.map((p) => p.url)).toEqual([]);
    for (const p of falcPages) expect($(p.tree, 'footer .pictogram-credit'), p.url).toBeTruthy();
  });
});
