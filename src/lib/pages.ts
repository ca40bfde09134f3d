/** Standalone pages from `content/pages/`, fetched by id with a clear error when one is missing. */
import { getEntry, render, type CollectionEntry } from 'astro:content';
import type { Version } from '../i18n/version.ts';

type Page = CollectionEntry<'pages'>;

export async function getPage(id: string): Promise<Page> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`La page « content/pages/${id}.md » est introuvable. Recréez-la : elle est nécessaire au site.`);
  return page;
}

/**
 * The page a general view shows in the standard version; undefined in the
 * FALC version, whose view shows the page's FALC twin instead
 * (content/falc/pages/, through layouts/FalcPage.astro).
 */
export async function standardPage(id: string, version: Version): Promise<Page | undefined> {
  return version === 'standard' ? getPage(id) : undefined;
}

/** The same, with the page's Markdown body ready to show as `<Content />`. */
export async function standardPageWithBody(id: string, version: Version) {
  const page = await standardPage(id, version);
  return page && { page, Content: (await render(page)).Content };
}
