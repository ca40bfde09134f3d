/**
 * Every link of the site is built here, from the route table
 * (src/routes/route-table.ts), so that links and routes cannot disagree.
 * These give the standard address; `inVersion(url, 'falc')` gives its twin.
 */
import { routes } from '../routes/route-table.ts';

export const { inVersion, twinOf: twinUrl, versionOf } = routes;

const topLevel = routes.kindOf('level')!;
const leaf = routes.kindOf('leaf')!;

export const urls = {
  home: () => routes.pathOf('accueil'),
  edito: () => routes.pathOf('edito'),
  sommaire: () => routes.pathOf('sommaire'),
  planDuSite: () => routes.pathOf('plan-du-site'),
  /** A page of the top level of the report (a pacte), page n of it when it is cut into pages. */
  pacte: (pacteId: string, page = 1) => routes.pathOf(topLevel.id, { id: pacteId }, { page }),
  /** A défi's heading on its pacte's page (`page` > 1 when a long pacte is cut into pages, see listing-pages.ts). */
  defi: (pacteId: string, numero: number, page = 1) => `${urls.pacte(pacteId, page)}#defi-${numero}`,
  ambition: (pacteId: string, numero: number) => routes.pathOf(leaf.id, { pacte: pacteId, numero }),
  thematique: (id: string) => routes.pathOf(crossCutting().id, { id }),
  glossaire: () => routes.pathOf('glossaire'),
  accessibilite: () => routes.pathOf('accessibilite'),
  recherche: () => routes.pathOf('recherche'),
  parametresAffichage: () => routes.pathOf('parametres-affichage'),
};

function crossCutting() {
  const kind = routes.kindOf('cross-cutting');
  if (!kind) throw new Error('This report has no cross-cutting pages (« transversales » in content/rapport.yaml)');
  return kind;
}

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
