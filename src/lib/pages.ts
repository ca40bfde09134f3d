/** Standalone pages from `content/pages/`, fetched by id with a clear error when one is missing. */
import { getEntry, type CollectionEntry } from 'astro:content';

export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`La page « content/pages/${id}.md » est introuvable. Recréez-la : elle est nécessaire au site.`);
  return page;
}
