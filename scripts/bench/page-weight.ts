/**
 * Page weight of a built site (`dist/`), shared by the budget tests
 * (tests/site/budgets.test.ts) and `npm run bench`.
 *
 * Sizes are gzip, node:zlib level 9 (`GZIP_LEVEL`); a host compressing less
 * (nginx default `gzip_comp_level 1`) sends a few % more, one using brotli less.
 * - HTML: the page file, gzipped.
 * - CSS: render-blocking stylesheets (`<link rel="stylesheet">` without a
 *   non-screen `media`), each gzipped; inline `<style>` is already in the HTML.
 * - First round trip: HTML + render-blocking CSS.
 * - Text: the page's own visible text (body text without script, style,
 *   template, svg, hidden or aria-hidden elements), gzipped.
 * - Images: what a 360 px wide, 1× screen downloads: for a `<picture>`, the
 *   first `<source>` (the best format) candidate the browser picks from
 *   `srcset`/`sizes`; for a plain `<img>`, its `src`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { htmlFiles, urlOfFile } from '../../src/lib/built-pages.ts';
import { routes, type Version } from '../../src/routes/route-table.ts';
export { htmlFiles, urlOfFile };

export const GZIP_LEVEL = 9;
export const gzipSize = (data: string | Buffer, level = GZIP_LEVEL) => gzipSync(data, { level }).length;

/** A kind of page of the route table (`accueil`, `ambitions`…), or `autre` for a page no kind has. */
export type PageType = string;

export interface PageWeight {
  url: string;
  /** `standard` or `falc`. */
  version: Version;
  type: PageType;
  htmlBytes: number;
  htmlGzip: number;
  /** Render-blocking stylesheets, gzip, and their URLs. */
  cssGzip: number;
  stylesheets: string[];
  /** The page's own `<style>` elements, gzipped on their own (already counted in `htmlGzip`). */
  inlineCssGzip: number;
  /** HTML + render-blocking CSS, gzip: what the first round trips must carry. */
  firstLoadGzip: number;
  textGzip: number;
  /** `firstLoadGzip / textGzip`. */
  ratio: number;
  imageBytes: number;
  images: string[];
  /** HTML + CSS + images (gzip for text resources). */
  totalBytes: number;
}



/** The page type from its URL, from the route table; page n of a long listing (`/sommaire/2/`) has its listing's type. */
export function pageType(pageUrl: string): { version: Version; type: PageType } {
  return { version: routes.versionOf(pageUrl), type: routes.match(pageUrl)?.kind.id ?? 'autre' };
}

const HIDDEN = 'script, style, template, noscript, svg, [hidden], [aria-hidden="true"]';

/** The text a reader sees on the page (block elements separated, white space folded). */
export function visibleText(tree: Root): string {
  const body = (selectAll('body', tree)[0] ?? tree) as Element | Root;
  const hidden = new Set(selectAll(HIDDEN, body));
  const strip = <T extends Element | Root>(node: T): T => ({
    ...node,
    children: node.children.filter((c) => !hidden.has(c as Element)).map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  return toText(strip(body)).replace(/\s+/g, ' ').trim();
}

function isBlockingStylesheet(link: Element): boolean {
  const rel = String(link.properties.rel ?? '').split(/[ ,]+/);
  if (!rel.includes('stylesheet')) return false;
  const media = link.properties.media ? String(link.properties.media).trim() : '';
  return media === '' || media === 'all' || media === 'screen' || media.startsWith('screen');
}

/** The candidate a 360 px, 1× screen picks from `srcset` + `sizes` (slot width 360 px unless `sizes` says less). */
export function pickCandidate(srcset: string, sizes: string | undefined, viewport = 360): string | undefined {
  const candidates = srcset.split(/,\s+/).map((c) => {
    const [url = '', descriptor = ''] = c.trim().split(/\s+/);
    return { url, width: descriptor.endsWith('w') ? Number.parseInt(descriptor, 10) : Number.NaN };
  });
  if (candidates.some((c) => Number.isNaN(c.width))) return candidates[0]?.url;
  let slot = viewport;
  const px = sizes?.match(/(\d+)px\s*$/);
  const vw = sizes?.match(/(\d+)vw\s*$/);
  if (px) slot = Math.min(viewport, Number(px[1]));
  else if (vw) slot = (viewport * Number(vw[1])) / 100;
  const sorted = candidates.sort((a, b) => a.width - b.width);
  return (sorted.find((c) => c.width >= slot) ?? sorted.at(-1))?.url;
}

function imagesOf(tree: Root): string[] {
  const urls: string[] = [];
  for (const img of selectAll('img', tree) as Element[]) {
    const picture = selectAll('picture', tree).find((p) => selectAll('img', p).includes(img)) as Element | undefined;
    const source = picture ? (selectAll('source', picture)[0] as Element | undefined) : undefined;
    const fromSource = source?.properties.srcSet
      ? pickCandidate(String([source.properties.srcSet].flat().join(', ')), source.properties.sizes as string | undefined)
      : undefined;
    const fromImg = img.properties.srcSet
      ? pickCandidate(String([img.properties.srcSet].flat().join(', ')), img.properties.sizes as string | undefined)
      : undefined;
    const url = fromSource ?? fromImg ?? (img.properties.src as string | undefined);
    if (url) urls.push(url);
  }
  return urls;
}

function fileOf(dist: string, url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

export function measurePage(dist: string, file: string, cssCache = new Map<string, number>()): PageWeight {
  const html = readFileSync(file, 'utf8');
  const tree = fromHtml(html);
  const url = urlOfFile(dist, file);
  const stylesheets = (selectAll('link', tree) as Element[]).filter(isBlockingStylesheet).map((l) => String(l.properties.href));
  let cssGzip = 0;
  for (const href of stylesheets) {
    let size = cssCache.get(href);
    if (size === undefined) {
      const path = fileOf(dist, href);
      size = path ? gzipSize(readFileSync(path)) : 0;
      cssCache.set(href, size);
    }
    cssGzip += size;
  }
  const images = imagesOf(tree);
  const imageBytes = images.reduce((sum, u) => {
    const path = fileOf(dist, u);
    return sum + (path ? statSync(path).size : 0);
  }, 0);
  const htmlGzip = gzipSize(html);
  const inlineCss = (selectAll('style', tree) as Element[]).map((st) => st.children.map((c) => ('value' in c ? c.value : '')).join('')).join('');
  const textGzip = gzipSize(visibleText(tree));
  const firstLoadGzip = htmlGzip + cssGzip;
  return {
    url,
    ...pageType(url),
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    cssGzip,
    stylesheets,
    inlineCssGzip: inlineCss ? gzipSize(inlineCss) : 0,
    firstLoadGzip,
    textGzip,
    ratio: firstLoadGzip / textGzip,
    imageBytes,
    images,
    totalBytes: firstLoadGzip + imageBytes,
  };
}

export function measureSite(dist: string): PageWeight[] {
  const cache = new Map<string, number>();
  return htmlFiles(dist).sort().map((file) => measurePage(dist, file, cache));
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Min / median / max of each numeric field, per page type and version (`ambition`, `ambition (FALC)`). */
export function summarise(weights: PageWeight[]) {
  const groups = new Map<string, PageWeight[]>();
  for (const w of weights) {
    const key = w.version === 'falc' ? `${w.type} (FALC)` : w.type;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  const fields = ['htmlGzip', 'cssGzip', 'inlineCssGzip', 'firstLoadGzip', 'textGzip', 'ratio', 'imageBytes', 'totalBytes'] as const;
  const order = [...routes.kinds.map((kind) => kind.id), 'autre'];
  const rank = (key: string) => order.indexOf(key.replace(' (FALC)', '')) + (key.endsWith('(FALC)') ? order.length : 0);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b)).map(([key, list]) => ({
    type: key,
    pages: list.length,
    ...Object.fromEntries(
      fields.map((f) => {
        const values = list.map((w) => w[f]);
        return [f, { min: Math.min(...values), median: median(values), max: Math.max(...values) }];
      }),
    ),
  })) as ({ type: string; pages: number } & Record<(typeof fields)[number], { min: number; median: number; max: number }>)[];
}
