/**
 * The pages of each route of the site (src/routes/astro-routes.ts): the
 * entries of a level, or the pages of a listing, with what the kind's view
 * (one component in src/views/, for both versions) receives.
 */
import { routes, type PageKind, type Version } from './route-table.ts';
import { PAGE_PARAM } from './astro-routes.ts';
import { placeholders, projectShape } from '../model/report-shape.ts';
import { ambitionPages, pactePages, pageSource, thematiquePages, treeListingPages, type Ambition } from '../lib/report.ts';
import { getFalcTwin } from '../lib/falc-content.ts';
import { leafPageKey, siteFingerprint } from '../lib/build/page-keys.ts';
import { PAGE_TRANSFORMS, resultCache } from '../lib/build/result-cache.ts';
import { accessibilityState } from '../lib/accessibility/state.ts';

let siteKey: string | undefined;
/** By leaf: both versions' routes ask for the same key. */
const leafKeys = new Map<string, Promise<string | undefined>>();

/**
 * Whether pages get keys: not in the preview, which renders every request. `import.meta.env.DEV` by name, never
 * `import.meta.env` alone (see viteFlags in src/lib/site-config.ts).
 */
const keyed = () => import.meta.env.DEV === false;

/** The site's fingerprint (src/lib/build/page-keys.ts), computed once per build. */
function siteKeyOnce(): string {
  // The footer's accessibility status also depends on the day (an audit expires): the status itself is in the key.
  // A page may be copied only while the page transforms' cache holds its result (the glossary list reads it): the
  // cache's id is in the key too.
  siteKey ??= siteFingerprint(process.cwd(), projectShape(), JSON.stringify([accessibilityState().status, resultCache(PAGE_TRANSFORMS).generation()]));
  return siteKey;
}

/**
 * The key under which the build may copy a leaf's page from the previous build
 * (src/lib/build/page-keys.ts); none for an entry Astro read from no file.
 */
function leafKey(ambition: Ambition): Promise<string | undefined> {
  if (!keyed()) return Promise.resolve(undefined);
  let key = leafKeys.get(ambition.id);
  if (!key) leafKeys.set(ambition.id, (key = computeLeafKey(ambition)));
  return key;
}

async function computeLeafKey(ambition: Ambition): Promise<string | undefined> {
  const twin = await getFalcTwin(pageSource('leaf', ambition));
  const files = [ambition.filePath, ...(twin ? [twin.filePath] : [])];
  if (files.some((file) => file === undefined)) return undefined;
  return leafPageKey(process.cwd(), siteKeyOnce(), files as string[]);
}

/** A page that shows no leaf's text (a level's page, a cross-cutting page, a listing) is keyed by the site's fingerprint. */
function withSiteKey<Page extends object>(pages: Page[]): (Page & { cacheKey?: string | undefined })[] {
  if (!keyed()) return pages;
  const cacheKey = siteKeyOnce();
  return pages.map((page) => ({ ...page, cacheKey }));
}

/** The pages of one kind, the same in both versions. */
async function pagesOf(kind: PageKind): Promise<{ values: Record<string, string | number>; number: number; props: object; cacheKey?: string | undefined }[]> {
  switch (kind.role) {
    case 'leaf':
      return Promise.all((await ambitionPages()).map(async (page) => ({ ...page, cacheKey: await leafKey(page.props.ambition) })));
    case 'level':
      return withSiteKey(await pactePages());
    case 'cross-cutting':
      return withSiteKey(await thematiquePages());
    case 'site':
      return kind.paginated ? withSiteKey(await treeListingPages()) : [{ values: {}, number: 1, props: {} }];
  }
}

/**
 * The pages of a kind in a version, for its route: their parameters, the props
 * its view receives (the version among them), and the key that lets the build
 * reuse them.
 */
export async function pagesOfKind(kindId: string, version: Version) {
  const kind = routes.kind(kindId);
  const names = placeholders(kind.pattern);
  return (await pagesOf(kind)).map(({ values, number, props, cacheKey }) => ({
    params: {
      ...Object.fromEntries(names.map((name) => [name, String(values[name])])),
      ...(kind.paginated ? { [PAGE_PARAM]: number > 1 ? String(number) : undefined } : {}),
    },
    props: { ...props, version },
    cacheKey,
  }));
}
