/** Every URL of the site is built here, so that links and routes cannot disagree. */

export const urls = {
  home: () => '/',
  edito: () => '/edito/',
  sommaire: () => '/sommaire/',
  planDuSite: () => '/plan-du-site/',
  pacte: (pacteId: string) => `/${pacteId}/`,
  /** A défi's heading on its pacte's page (`page` > 1 when a long pacte is cut into pages, see listing-pages.ts). */
  defi: (pacteId: string, numero: number, page = 1) => `${listingPageUrl(`/${pacteId}/`, page)}#defi-${numero}`,
  ambition: (pacteId: string, numero: number) => `/${pacteId}/ambition-${numero}/`,
  thematique: (id: string) => `/thematiques/${id}/`,
  glossaire: () => '/glossaire/',
  accessibilite: () => '/accessibilite/',
  recherche: () => '/recherche/',
  parametresAffichage: () => '/parametres-affichage/',
};

/** The address of page `number` of a listing cut into pages (`/sommaire/` → `/sommaire/2/`; see listing-pages.ts). */
export function listingPageUrl(base: string, number: number): string {
  return number <= 1 ? base : `${base}${number}/`;
}

/** Prefix of every FALC page: the FALC twin of `/x/` is `/facile-a-lire/x/`. */
export const FALC_PREFIX = '/facile-a-lire';

export function isFalcPath(pathname: string): boolean {
  return pathname === `${FALC_PREFIX}/` || pathname.startsWith(`${FALC_PREFIX}/`);
}

/** The URL of a page's twin in the other version (the 404 page is `/404.html` in the standard version). */
export function twinUrl(pathname: string): string {
  if (pathname === '/404.html' || pathname === '/404/') return `${FALC_PREFIX}/404/`;
  if (pathname === `${FALC_PREFIX}/404/`) return '/404.html';
  return isFalcPath(pathname) ? pathname.slice(FALC_PREFIX.length) : `${FALC_PREFIX}${pathname}`;
}

/** The FALC URL of a standard URL. */
export function falcUrl(standardPath: string): string {
  return twinUrl(standardPath);
}
