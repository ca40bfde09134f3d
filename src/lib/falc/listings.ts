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

/** A page's title (`titre`) as written, read from its text. */
const titleInText = (page: { text: string }): unknown => readFrontMatter(page.text)?.data?.['titre'];

/**
 * For each page of a listing folder, the titles (`titre` of the front matter)
 * of every page of its folder, itself included. Pages elsewhere get nothing.
 * `titleOf`: a page's title as written, when its header was already parsed (the build's content check).
 */
export function listingTitles<P extends { path: string; text: string }>(
  pages: readonly P[],
  titleOf: (page: P) => unknown = titleInText,
): Map<string, readonly string[]> {
  const byFolder = new Map<string, string[]>();
  const folderOf = new Map<string, string>();
  for (const page of pages) {
    const folder = dirname(page.path);
    if (!isListingFolder(folder)) continue;
    const title = titleOf(page);
    if (typeof title !== 'string') continue;
    folderOf.set(page.path, folder);
    const titles = byFolder.get(folder);
    if (titles) titles.push(title);
    else byFolder.set(folder, [title]);
  }
  return new Map([...folderOf].map(([path, folder]) => [path, byFolder.get(folder)!]));
}
