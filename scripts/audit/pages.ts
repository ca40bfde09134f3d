/**
 * The pages to audit, discovered from the build: every HTML file of `dist/`
 * and every URL of the sitemap. Nothing is listed by hand, so the FALC pages
 * (`/facile-a-lire/…`) are audited as soon as they are built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles, urlOfFile } from '../../src/lib/built-pages.ts';
import { listingBaseOf } from '../../src/lib/listing-pages.ts';
export { urlOfFile };

export const FALC_PREFIX = '/facile-a-lire/';

export type PageType =
  | 'accueil'
  | 'edito'
  | 'sommaire'
  | 'plan-du-site'
  | '404'
  | 'accessibilite'
  | 'glossaire'
  | 'pacte'
  | 'ambition'
  | 'thematique'
  | 'autre';

/** The page types whose keyboard use is checked, in this order (issue 7, point 3). */
export const KEYBOARD_TYPES: PageType[] = [
  'accueil', 'edito', 'sommaire', 'plan-du-site', '404', 'accessibilite', 'glossaire', 'pacte', 'ambition', 'thematique', 'autre',
];

export const TYPE_LABELS: Record<PageType, string> = {
  accueil: 'accueil',
  edito: 'édito',
  sommaire: 'sommaire',
  'plan-du-site': 'plan du site',
  '404': 'page introuvable (404)',
  accessibilite: 'déclaration d’accessibilité',
  glossaire: 'glossaire',
  pacte: 'pacte',
  ambition: 'ambition',
  thematique: 'thématique',
  autre: 'autre page',
};

export interface BuiltPage {
  /** URL path on the site, e.g. `/solidarites-territoriales/ambition-1/` or `/404.html`. */
  url: string;
  /** HTML file in dist/. */
  file: string;
  type: PageType;
  /** Is it a page of the FALC version? */
  falc: boolean;
}

export function isFalc(url: string): boolean {
  return url === FALC_PREFIX || url.startsWith(FALC_PREFIX);
}

/** The standard URL a FALC URL is the twin of (`/facile-a-lire/edito/` → `/edito/`). */
export function standardUrlOf(url: string): string {
  return isFalc(url) ? `/${url.slice(FALC_PREFIX.length)}` : url;
}

export function falcUrlOf(url: string): string {
  return `${FALC_PREFIX}${url.slice(1)}`;
}

const GENERAL: Record<string, PageType> = {
  '/': 'accueil',
  '/edito/': 'edito',
  '/sommaire/': 'sommaire',
  '/plan-du-site/': 'plan-du-site',
  '/404.html': '404',
  '/404/': '404',
  '/accessibilite/': 'accessibilite',
  '/glossaire/': 'glossaire',
};

/**
 * The type of a page from its URL. A one-segment URL is a pacte only when ambitions
 * are built under it (`sections`: the first segments of the ambition URLs).
 * Page n of a long listing (`/sommaire/2/`) has its listing's type.
 */
export function pageType(url: string, sections: ReadonlySet<string>): PageType {
  const std = standardUrlOf(listingBaseOf(url));
  const general = GENERAL[std];
  if (general) return general;
  if (/^\/thematiques\/[^/]+\/$/.test(std)) return 'thematique';
  if (AMBITION.test(std)) return 'ambition';
  const single = /^\/([^/]+)\/$/.exec(std);
  if (single && sections.has(single[1]!)) return 'pacte';
  return 'autre';
}

const AMBITION = /^\/([^/]+)\/ambition-\d+\/$/;



/** Every HTML page of the build, sorted by URL. Assets (e.g. a search index) holding HTML fragments are skipped. */
export function builtPages(dist: string): BuiltPage[] {
  const found = htmlFiles(dist)
    .filter((file) => !/^(_astro|pagefind)[\\/]/.test(relative(dist, file)))
    .map((file) => ({ file, url: urlOfFile(dist, file) }));
  const sections = new Set(found.map(({ url }) => AMBITION.exec(standardUrlOf(url))?.[1]).filter((s): s is string => !!s));
  return found
    .map(({ file, url }) => ({ url, file, type: pageType(url, sections), falc: isFalc(url) }))
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
    const twin = standard ? byUrl.get(falcUrlOf(standard.url)) : undefined;
    const falc = twin ?? pages.find((p) => p.falc && p.type === type);
    if (falc) sample.push(falc);
  }
  return sample;
}
