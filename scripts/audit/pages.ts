/**
 * The pages to audit, discovered from the build: every HTML file of `dist/`
 * and every URL of the sitemap. Nothing is listed by hand, so the FALC pages
 * (`/facile-a-lire/…`) are audited as soon as they are built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles, urlOfFile } from '../../src/lib/built-pages.ts';
import { routes, type RouteTable } from '../../src/routes/route-table.ts';
export { urlOfFile };

/** A kind of page of the route table (`accueil`, `ambitions`…), or `autre` for a page no kind has. */
export type PageType = string;

/** The page types whose keyboard use is checked, in this order: every kind of the route table, then the others. */
export const KEYBOARD_TYPES: PageType[] = [...routes.kinds.map((kind) => kind.id), 'autre'];

/** What each page type is called in the audit's report (« ambition », « plan du site »). */
export function typeLabel(type: PageType): string {
  return type === 'autre' ? 'autre page' : routes.kind(type).label;
}

export interface BuiltPage {
  /** URL path on the site, e.g. `/solidarites-territoriales/ambition-1/` or `/404.html`. */
  url: string;
  /** HTML file in dist/. */
  file: string;
  type: PageType;
  /** Is it a page of the FALC version? */
  falc: boolean;
}

/** The type of a page from its URL, from the route table; page n of a long listing (`/sommaire/2/`) has its listing's type. */
export function pageType(url: string, table: RouteTable = routes): PageType {
  return table.match(url)?.kind.id ?? 'autre';
}

/** Every HTML page of the build, sorted by URL. Assets (e.g. a search index) holding HTML fragments are skipped. */
/** `table`: the route table of the built report (this project's by default). */
export function builtPages(dist: string, table: RouteTable = routes): BuiltPage[] {
  const found = htmlFiles(dist)
    .filter((file) => !/^(_astro|pagefind)[\\/]/.test(relative(dist, file)))
    .map((file) => ({ file, url: urlOfFile(dist, file) }));
  return found
    .map(({ file, url }) => ({ url, file, type: pageType(url, table), falc: table.versionOf(url) === 'falc' }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

function decodeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

function locs(xml: string, parent: 'url' | 'sitemap'): string[] {
  const re = new RegExp(`<${parent}>[\\s\\S]*?<loc>([\\s\\S]*?)</loc>`, 'g');
  return [...xml.matchAll(re)].map((m) => decodeXml(m[1]!.trim()));
}

/**
 * The URL paths listed by the sitemap of the build. Astro writes a sitemap
 * index whose children carry the public address of the site: they are read from
 * dist/ here, so nothing is fetched from that address (pa11y-ci's own sitemap
 * mode would try to, and keeps only the last child sitemap).
 */
export function sitemapPaths(dist: string): { paths: string[]; files: string[] } {
  const index = join(dist, 'sitemap-index.xml');
  const single = join(dist, 'sitemap.xml');
  const start = existsSync(index) ? index : existsSync(single) ? single : undefined;
  if (!start) return { paths: [], files: [] };
  const files: string[] = [];
  const paths: string[] = [];
  const visit = (file: string) => {
    files.push(relative(dist, file));
    const xml = readFileSync(file, 'utf8');
    for (const child of locs(xml, 'sitemap')) visit(join(dist, new URL(child).pathname));
    for (const loc of locs(xml, 'url')) paths.push(new URL(loc).pathname);
  };
  visit(start);
  return { paths: [...new Set(paths)], files };
}

/** One page per type (issue 7, point 3), and the FALC page of that type when the build has one (its twin first). */
export function keyboardSample(pages: BuiltPage[]): BuiltPage[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const sample: BuiltPage[] = [];
  for (const type of KEYBOARD_TYPES) {
    const standard = pages.find((p) => !p.falc && p.type === type);
    if (standard) sample.push(standard);
    const twin = standard ? byUrl.get(routes.inVersion(standard.url, 'falc')) : undefined;
    const falc = twin ?? pages.find((p) => p.falc && p.type === type);
    if (falc) sample.push(falc);
  }
  return sample;
}
