import { basename, dirname } from 'node:path';
import { readFrontMatter } from './front-matter.ts';
import { shapeOf } from '../checks/shape-of.ts';
import { leafLevel } from '../../model/report-shape.ts';

/**
 * Whether a folder of `content/falc/` holds pages that are listed together
 * (the sommaire lists the leaves, ambitions or fiches, and the cross-cutting
 * pages by their titles): `falc:titres-monotones` reads each such page's title
 * with the titles of its neighbours. The folders come from the shape of the
 * report the folder belongs to (…/content/rapport.yaml); none without one.
 */
export function isListingFolder(folder: string): boolean {
  const at = folder.lastIndexOf('content/falc/');
  const root = at < 0 ? '.' : folder.slice(0, at) || '.';
  const shape = shapeOf(root);
  if (!shape) return false;
  const listed = [leafLevel(shape).dossier, ...(shape.transversales ? [shape.transversales.dossier] : [])];
  return listed.includes(basename(folder));
}

/**
 * For each page of a listing folder, the titles (`titre` of the front matter)
 * of every page of its folder, itself included. Pages elsewhere get nothing.
 */
export function listingTitles(pages: readonly { path: string; text: string }[]): Map<string, readonly string[]> {
  const byFolder = new Map<string, string[]>();
  const folderOf = new Map<string, string>();
  for (const { path, text } of pages) {
    const folder = dirname(path);
    if (!isListingFolder(folder)) continue;
    const title = readFrontMatter(text)?.data?.['titre'];
    if (typeof title !== 'string') continue;
    folderOf.set(path, folder);
    const titles = byFolder.get(folder);
    if (titles) titles.push(title);
    else byFolder.set(folder, [title]);
  }
  return new Map([...folderOf].map(([path, folder]) => [path, byFolder.get(folder)!]));
}
