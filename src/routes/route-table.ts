/**
 * The route table: every kind of page of the site, declared once, with its
 * address and, back, the kind of page an address is. Pages, links, the content
 * check, the audit, the benchmark and the tests all ask here, so that they
 * cannot disagree. The levels' pages come from the report's shape
 * (content/rapport.yaml); the site's own pages (sommaire, glossaire…) are the
 * product's and declared below. Each kind exists in both versions: the FALC
 * address of a page is its standard address behind the FALC prefix, derived
 * in `inVersion` and nowhere else.
 */
import type { UiKey } from '../i18n/fr.ts';
import { fillPattern, leafLevel, placeholders, projectShape, type Level, type ReportShape } from '../model/report-shape.ts';

export type Version = 'standard' | 'falc';
export const VERSIONS: readonly Version[] = ['standard', 'falc'];

export interface PageKind {
  /** `accueil`, `sommaire`…, or the folder of a level of the report (`ambitions`). */
  id: string;
  /** What the kind is called in reports for people (audit, benchmark): « ambition », « plan du site ». */
  label: string;
  /** Address of the standard page, with `{placeholders}` for a level's pages. */
  pattern: string;
  /** A listing cut into pages: page n (n ≥ 2) is `<address>n/` (see src/lib/listing-pages.ts). */
  paginated: boolean;
  /** The site's own page, a level of the report above the leaves, the leaves (ambitions), or cross-cutting pages. */
  role: 'site' | 'level' | 'leaf' | 'cross-cutting';
  /** The level of the report whose entries have this kind of page. */
  level?: Level;
  /**
   * A site page the plan du site lists among « les pages générales », in the
   * table's order: the interface name it has there in the standard version (the
   * FALC version uses the page's own FALC title).
   */
  siteMapName?: UiKey;
}

/** The site's own pages, the same for every report. */
const SITE_PAGES: readonly PageKind[] = [
  { id: 'accueil', label: 'accueil', pattern: '/', paginated: false, role: 'site', siteMapName: 'site.home' },
  { id: 'edito', label: 'édito', pattern: '/edito/', paginated: false, role: 'site', siteMapName: 'nav.edito' },
  { id: 'sommaire', label: 'sommaire', pattern: '/sommaire/', paginated: true, role: 'site', siteMapName: 'nav.sommaire' },
  { id: 'plan-du-site', label: 'plan du site', pattern: '/plan-du-site/', paginated: true, role: 'site' },
  { id: 'glossaire', label: 'glossaire', pattern: '/glossaire/', paginated: false, role: 'site', siteMapName: 'glossary.title' },
  { id: 'recherche', label: 'recherche', pattern: '/recherche/', paginated: false, role: 'site', siteMapName: 'nav.recherche' },
  { id: 'accessibilite', label: 'déclaration d’accessibilité', pattern: '/accessibilite/', paginated: false, role: 'site', siteMapName: 'a11y.footerTitle' },
  { id: 'parametres-affichage', label: 'paramètres d’affichage', pattern: '/parametres-affichage/', paginated: false, role: 'site', siteMapName: 'settings.footer' },
  { id: '404', label: 'page introuvable (404)', pattern: '/404/', paginated: false, role: 'site' },
];

/** Where an address leads: its kind, version, the values of its placeholders and its page in a listing. */
export interface RouteMatch {
  kind: PageKind;
  version: Version;
  values: Record<string, string>;
  /** Page of a listing cut into pages, from 1. */
  page: number;
  /** The address of the same page in the standard version, page 1 of its listing. */
  standardBase: string;
}

export interface RouteTable {
  kinds: readonly PageKind[];
  falcPrefix: string;
  kind(id: string): PageKind;
  /** The kind of page of a role: the leaves' pages, the first level's pages… (undefined when the report has none). */
  kindOf(role: PageKind['role']): PageKind | undefined;
  /** The address of a page: `pathOf('ambitions', { pacte: 'st', numero: 2 })` (its file name `id` and front-matter fields), in a version, page n of a listing. */
  pathOf(kindId: string, values?: Readonly<Record<string, string | number>>, options?: { version?: Version; page?: number }): string;
  /** The same page in a version (a standard or FALC address in, the requested version's address out). */
  inVersion(path: string, version: Version): string;
  versionOf(path: string): Version;
  /** The page's twin in the other version. */
  twinOf(path: string): string;
  /** The kind of page of an address, or undefined when no kind has that address. */
  match(path: string): RouteMatch | undefined;
}

/** The route table of a report's shape. */
export function createRouteTable(shape: ReportShape): RouteTable {
  const prefix = shape.versionFacile.prefixe;
  const levels = [...shape.niveaux, ...(shape.transversales ? [shape.transversales] : [])];
  const leaf = leafLevel(shape);
  const levelKinds: PageKind[] = levels
    .filter((level) => level.adresse)
    .map((level) => ({
      id: level.dossier,
      label: level.nom.singulier,
      pattern: level.adresse!,
      // A level above the leaves lists them on its page, which may need several pages.
      paginated: shape.niveaux.includes(level) && level !== leaf,
      role: level === leaf ? 'leaf' : shape.niveaux.includes(level) ? 'level' : 'cross-cutting',
      level,
    }));
  const kinds: PageKind[] = [...SITE_PAGES, ...levelKinds];
  for (const kind of kinds) {
    const clash = kinds.find((other) => other !== kind && other.pattern === kind.pattern);
    if (clash) throw new Error(`Two kinds of page have the address ${kind.pattern}: ${kind.id} and ${clash.id}`);
  }
  // Fixed addresses first, then the most specific patterns (`/{pacte}/ambition-{numero}/` before `/{id}/`).
  const ordered = [...kinds].sort((a, b) => literalLength(b.pattern) - literalLength(a.pattern));
  const matchers = ordered.map((kind) => ({ kind, regex: patternRegex(kind.pattern), names: placeholders(kind.pattern) }));
  const byId = new Map(kinds.map((kind) => [kind.id, kind]));

  const versionOf = (path: string): Version => (path === `${prefix}/` || path.startsWith(`${prefix}/`) ? 'falc' : 'standard');
  const standardOf = (path: string): string => {
    if (versionOf(path) === 'standard') return path === '/404.html' ? '/404/' : path;
    return path.slice(prefix.length);
  };
  const inVersion = (path: string, version: Version): string => {
    const standard = standardOf(path);
    if (version === 'falc') return `${prefix}${standard}`;
    // The standard 404 page is the file servers look for.
    return standard === '/404/' ? '/404.html' : standard;
  };

  const exact = (standard: string) => {
    for (const { kind, regex, names } of matchers) {
      const found = regex.exec(standard);
      if (found) return { kind, values: Object.fromEntries(names.map((name, i) => [name, found[i + 1]!])) };
    }
    return undefined;
  };

  return {
    kinds,
    falcPrefix: prefix,
    kind(id) {
      const kind = byId.get(id);
      if (!kind) throw new Error(`Unknown kind of page: ${id}`);
      return kind;
    },
    kindOf: (role) => kinds.find((kind) => kind.role === role),
    pathOf(kindId, values = {}, { version = 'standard', page = 1 } = {}) {
      const kind = byId.get(kindId);
      if (!kind) throw new Error(`Unknown kind of page: ${kindId}`);
      const path = fillPattern(kind.pattern, values);
      if (page > 1 && !kind.paginated) throw new Error(`${kindId} pages are not cut into pages`);
      return inVersion(page > 1 ? `${path}${page}/` : path, version);
    },
    inVersion,
    versionOf,
    twinOf: (path) => inVersion(path, versionOf(path) === 'falc' ? 'standard' : 'falc'),
    match(path) {
      const version = versionOf(path);
      const standard = standardOf(path);
      const direct = exact(standard);
      if (direct) return { ...direct, version, page: 1, standardBase: standard };
      // Page n of a listing: `/sommaire/3/` is page 3 of `/sommaire/`.
      const listing = /^(.*\/)([1-9]\d*)\/$/.exec(standard);
      if (!listing || Number(listing[2]) < 2) return undefined;
      const base = exact(listing[1]!);
      if (!base?.kind.paginated) return undefined;
      return { ...base, version, page: Number(listing[2]), standardBase: listing[1]! };
    },
  };
}

function literalLength(pattern: string): number {
  return pattern.replace(/\{[a-z]+\}/g, '').length + (placeholders(pattern).length === 0 ? 1000 : 0);
}

function patternRegex(pattern: string): RegExp {
  const source = pattern
    .split(/(\{[a-z]+\})/)
    .map((part) => (part.startsWith('{') ? (part === '{numero}' ? '([1-9]\\d*)' : '([^/]+)') : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

let projectTable: RouteTable | undefined;

/**
 * The route table of this project's report (content/rapport.yaml), read on
 * first use rather than on import: the editors' check imports modules that use
 * it, and must start even when that file is missing or broken, to say so.
 */
export const routes: RouteTable = new Proxy({} as RouteTable, {
  get: (_, key) => Reflect.get((projectTable ??= createRouteTable(projectShape())), key),
});
