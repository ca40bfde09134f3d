/**
 * The pages of each route of the site (src/routes/astro-routes.ts): the
 * entries of a level, or the pages of a listing, with what the kind's view
 * (one component in src/views/, for both versions) receives.
 */
import { routes, type PageKind, type Version } from './route-table.ts';
import { PAGE_PARAM } from './astro-routes.ts';
import { placeholders } from '../model/report-shape.ts';
import { ambitionPages, pactePages, thematiquePages, treeListingPages } from '../lib/report.ts';

/** The pages of one kind, the same in both versions. */
async function pagesOf(kind: PageKind): Promise<{ values: Record<string, string | number>; number: number; props: object }[]> {
  switch (kind.role) {
    case 'leaf':
      return ambitionPages();
    case 'level':
      return pactePages();
    case 'cross-cutting':
      return thematiquePages();
    case 'site':
      return kind.paginated ? treeListingPages() : [{ values: {}, number: 1, props: {} }];
  }
}

/**
 * The pages of a kind in a version, for its route: their parameters, and the
 * props its view receives (the version among them).
 */
export async function pagesOfKind(kindId: string, version: Version) {
  const kind = routes.kind(kindId);
  const names = placeholders(kind.pattern);
  return (await pagesOf(kind)).map(({ values, number, props }) => ({
    params: {
      ...Object.fromEntries(names.map((name) => [name, String(values[name])])),
      ...(kind.paginated ? { [PAGE_PARAM]: number > 1 ? String(number) : undefined } : {}),
    },
    props: { ...props, version },
  }));
}
