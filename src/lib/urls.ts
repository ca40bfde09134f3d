/**
 * Every link of the site is built here, from the route table
 * (src/routes/route-table.ts), so that links and routes cannot disagree.
 * These give the standard address; `inVersion(url, 'falc')` gives its twin.
 */
import { routes, type PageKind } from '../routes/route-table.ts';
import { placeholders } from '../model/report-shape.ts';

export const { inVersion, twinOf: twinUrl, versionOf } = routes;

/** An entry of a level of the report (a pacte, an ambition, a thématique), as the content collections give it. */
export interface ReportEntry {
  id: string;
  data: object;
}

/**
 * The values of an address's placeholders for an entry: `{id}` is its file
 * name, any other `{field}` a field of its front matter (a reference gives the
 * entry it names: `{pacte}` of an ambition is its pacte's id).
 */
export function placeholderValues(kind: PageKind, entry: ReportEntry): Record<string, string | number> {
  const data = entry.data as Record<string, unknown>;
  return Object.fromEntries(
    placeholders(kind.pattern).map((name) => {
      if (name === 'id') return [name, entry.id];
      const value = data[name];
      const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;
      if (typeof id !== 'string' && typeof id !== 'number') throw new Error(`${entry.id} has no « ${name} » for the address ${kind.pattern}`);
      return [name, id];
    }),
  );
}

/** The address of an entry's page, page n of it when it is cut into pages. */
const entryUrl = (role: 'level' | 'leaf' | 'cross-cutting', entry: ReportEntry, page = 1) => {
  const kind = routes.kindOf(role);
  if (!kind) throw new Error(`This report has no ${role} pages (content/rapport.yaml)`);
  return routes.pathOf(kind.id, placeholderValues(kind, entry), { page });
};

export const urls = {
  home: () => routes.pathOf('accueil'),
  edito: () => routes.pathOf('edito'),
  sommaire: () => routes.pathOf('sommaire'),
  planDuSite: () => routes.pathOf('plan-du-site'),
  /** A page of the top level of the report (a pacte), page n of it when it is cut into pages. */
  pacte: (pacte: ReportEntry, page = 1) => entryUrl('level', pacte, page),
  /** A défi's heading on its pacte's page (`page` > 1 when a long pacte is cut into pages, see listing-pages.ts). */
  defi: (pacte: ReportEntry, numero: number, page = 1) => `${urls.pacte(pacte, page)}#defi-${numero}`,
  /** The page of a leaf of the report (an ambition). */
  ambition: (ambition: ReportEntry) => entryUrl('leaf', ambition),
  /** A cross-cutting page (a thématique). */
  thematique: (thematique: ReportEntry) => entryUrl('cross-cutting', thematique),
  glossaire: () => routes.pathOf('glossaire'),
  accessibilite: () => routes.pathOf('accessibilite'),
  recherche: () => routes.pathOf('recherche'),
  parametresAffichage: () => routes.pathOf('parametres-affichage'),
};

/** The address of page `number` of a listing cut into pages (`/sommaire/` → `/sommaire/2/`; see listing-pages.ts). */
export function listingPageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}${number}/`;
}

export function isFalcPath(pathname: string): boolean {
  return versionOf(pathname) === 'falc';
}

/** The FALC address of a standard one. */
export function falcUrl(standardPath: string): string {
  return inVersion(standardPath, 'falc');
}
