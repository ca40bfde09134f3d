import { basename, dirname } from 'node:path';
import { readFrontMatter } from './front-matter.ts';

/**
 * Folders of `content/falc/` whose pages are listed together (the sommaire lists
 * the ambitions and the thématiques by their titles): `falc:titres-monotones`
 * reads each such page's title with the titles of its neighbours.
 */
export const LISTING_FOLDERS: readonly string[] = ['ambitions', 'thematiques'];

/**
 * For each page of a listing folder, the titles (`titre` of the front matter)
 * of every page of its folder, itself included. Pages elsewhere get nothing.
 */
export function listingTitles(pages: readonly { path: string; text: string }[]): Map<string, readonly string[]> {
  const byFolder = new Map<string, string[]>();
  const folderOf = new Map<string, string>();
  for (const { path, text } of pages) {
    const folder = dirname(path);
    if (!LISTING_FOLDERS.includes(basename(folder))) continue;
    const title = readFrontMatter(text)?.data?.['titre'];
    if (typeof title !== 'string') continue;
    folderOf.set(path, folder);
    const titles = byFolder.get(folder);
    if (titles) titles.push(title);
    else byFolder.set(folder, [title]);
  }
  return new Map([...folderOf].map(([path, folder]) => [path, byFolder.get(folder)!]));
}
