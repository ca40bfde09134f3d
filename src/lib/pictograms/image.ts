/**
 * A pictogram as a decorative image file, `<img src="/pictogrammes/x.svg" alt="">`,
 * rather than SVG written into each page: a Mulberry drawing weighs 0.5 to 9 kB
 * gzip (2 kB on average); inline, a FALC ambition would weigh 11.7 kB gzip
 * (median, against 4.5 kB) and 16 of the 56 FALC pages would pass the 14 kB first
 * round trip (up to 23 kB). As files, each is downloaded once and cached, shared
 * by every page that shows it, and the page's text comes first.
 */
import { PICTOGRAM_SIZE, pictogramNames, pictogramUrl, type PictogramName } from './pictograms.ts';

export function pictogramImage(name: PictogramName, src = pictogramUrl(name)): { src: string; size: number } {
  return { src, size: PICTOGRAM_SIZE };
}

/** Each name of the list and the address of its drawing (`{ autisme: '/pictogrammes/jigsaw_puzzle_piece.svg' }`). */
export function pictogramSources(root = '.'): Record<PictogramName, string> {
  return Object.fromEntries(pictogramNames(root).map((name) => [name, pictogramUrl(name, root)]));
}
