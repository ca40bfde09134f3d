/**
 * Astro's route patterns of the route table's kinds: one route per kind of
 * page and version (`/facile-a-lire/[pacte]/ambition-[numero]`,
 * `/sommaire/[...page]`), injected by src/integrations/report-routes.ts. Kept
 * apart from the pages' content (src/routes/site-pages.ts) because Astro's
 * configuration reads it before any content exists.
 *
 * One route per kind and version, rather than one catch-all route, because
 * Astro bundles the stylesheets of everything a route imports into each of its
 * pages: a catch-all would give every page the styles of every kind.
 */
import { routes, VERSIONS, type PageKind, type RouteTable, type Version } from './route-table.ts';

/** The name of the rest parameter that holds the page number of a listing cut into pages. */
export const PAGE_PARAM = 'page';

/** Astro's pattern for a kind in a version: `/facile-a-lire/[pacte]/ambition-[numero]`, `/sommaire/[...page]`. */
export function astroPattern(kind: PageKind, version: Version, table: RouteTable = routes): string {
  const address = table.inVersion(kind.pattern, version).replace(/\{([a-z]+)\}/g, '[$1]');
  const path = kind.paginated ? `${address}[...${PAGE_PARAM}]` : address;
  return path === '/' ? path : path.replace(/\/$/, '');
}

/** Every Astro route of the site but the standard 404 (src/pages/404.astro: Astro writes `/404.html` only from there). */
export function astroRoutes(table: RouteTable = routes): { kind: PageKind; version: Version; pattern: string }[] {
  return table.kinds.flatMap((kind) =>
    VERSIONS.filter((version) => !(kind.id === '404' && version === 'standard')).map((version) => ({
      kind,
      version,
      pattern: astroPattern(kind, version, table),
    })),
  );
}

