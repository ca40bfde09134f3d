/**
 * The pictograms FALC authors can put in front of a section heading, written
 * `## :name: Heading`, or on a key-figure card (`pictogramme: name`).
 *
 * The list is data, edited with the report: content/pictogrammes.yaml gives each
 * meaning (`autisme`) its Mulberry symbol (`symbole`, a file of
 * public/pictogrammes/), its French meaning label (`sens`) and the project's
 * own French keywords (`mots`, for `npm run pictogramme -- chercher`).
 * One meaning per picture and one picture per meaning: checked by
 * src/lib/checks/check-pictograms.ts.
 *
 * Read leniently here (a missing or broken file gives an empty list): the
 * content check reports what is wrong with it, in French, before any build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { pathSegment } from '../path-segment.ts';

export const PICTOGRAMS_FILE = 'content/pictogrammes.yaml';
/** Where the drawings are, in the project and on the site. */
export const PICTOGRAMS_DIR = 'public/pictogrammes';
export const PICTOGRAMS_URL = '/pictogrammes';
/** The licence's full text, published with the drawings (public/pictogrammes/LICENSE.txt). */
export const PICTOGRAMS_LICENCE_URL = `${PICTOGRAMS_URL}/LICENSE.txt`;
/** Shown size, in CSS pixels: large enough to be recognised (≥ 48 px). */
export const PICTOGRAM_SIZE = 56;

export type PictogramName = string;

export interface Pictogram {
  /** The name written in the Markdown, without colons (`autisme`). */
  name: PictogramName;
  /** The Mulberry symbol, its file name without `.svg` (`jigsaw_puzzle_piece`). */
  symbole: string;
  /** What the picture means, in French (« L'autisme »). */
  sens: string;
  /** The project's own French search words. */
  mots: string[];
}

/** Read once per version of the file: `npm run dev` sees an edited list at its next check. */
const cache = new Map<string, { mtime: number; map: Map<PictogramName, Pictogram> }>();

/** The mapping of the project at `root` (meaning → symbol), only its well-formed entries. */
export function pictograms(root = '.'): Map<PictogramName, Pictogram> {
  const file = join(root, PICTOGRAMS_FILE);
  const mtime = existsSync(file) ? statSync(file).mtimeMs : -1;
  const cached = cache.get(file);
  if (cached?.mtime === mtime) return cached.map;
  const map = new Map<PictogramName, Pictogram>();
  let data: unknown;
  try {
    data = existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    data = undefined;
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
      const entry = value as { symbole?: unknown; sens?: unknown; mots?: unknown } | null;
      if (typeof entry?.symbole !== 'string' || typeof entry.sens !== 'string') continue;
      const mots = Array.isArray(entry.mots) ? entry.mots.filter((m): m is string => typeof m === 'string') : [];
      map.set(name, { name, symbole: entry.symbole, sens: entry.sens, mots });
    }
  }
  cache.set(file, { mtime, map });
  return map;
}

export function pictogramNames(root = '.'): PictogramName[] {
  return [...pictograms(root).keys()];
}

export function isPictogramName(name: string, root = '.'): boolean {
  return pictograms(root).has(name);
}

/** The site address of a pictogram's drawing (`/pictogrammes/jigsaw_puzzle_piece.svg`, `/pictogrammes/help_,_to.svg`). */
export function pictogramUrl(name: PictogramName, root = '.'): string {
  const pictogram = pictograms(root).get(name);
  if (!pictogram) throw new Error(`Pictogramme inconnu « ${name} »`);
  return `${PICTOGRAMS_URL}/${pathSegment(pictogram.symbole)}.svg`;
}

/** The editor's message for a name that is not in the list. */
export function unknownPictogramMessage(name: string): string {
  return `Pictogramme inconnu « ${name} ». Choisissez un nom de ${PICTOGRAMS_FILE}, ou cherchez une image : npm run pictogramme -- chercher <mot>.`;
}
