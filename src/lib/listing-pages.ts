/**
 * Long listings cut into pages, so that every page fits in the first round
 * trip (14 kB gzip, issue 8) however large the report: the sommaire, the plan
 * du site and each pacte page show at most `AMBITIONS_PER_PAGE` ambitions.
 * The customer's report (40 ambitions, at most 16 in a pacte) fits on one
 * page; a report of 4 000 ambitions gets 40 sommaire pages.
 *
 * Page 1 keeps the listing's address; page n is `<address>n/`. Both versions
 * cut at the same places, so `/sommaire/3/` and `/facile-a-lire/sommaire/3/`
 * are twins.
 */
import type { Ambition, DefiNode, PacteNode } from './report.ts';
import { textFor, type Version } from '../i18n/version.ts';

/**
 * An ambition link of the sommaire weighs 41 bytes gzip with the report's
 * titles (measured: its 40 links add 1.6 kB to the page), so 100 links and the
 * page around them (≈ 4 kB with the inlined CSS) make ≈ 8 kB: room for titles
 * twice as long before the 14 kB of the first round trip.
 */
export const AMBITIONS_PER_PAGE = 100;

/** Where a page sits in its listing: page `number` of `count`. */
export interface ListingPosition {
  number: number;
  count: number;
}

/** A défi, or the part of it that a page shows; `continued` when it began on an earlier page. */
export interface DefiSlice extends DefiNode {
  continued: boolean;
}

/** A pacte, or the part of it that a page shows; `continued` when it began on an earlier page. */
export interface PacteSlice {
  pacte: PacteNode['pacte'];
  defis: DefiSlice[];
  continued: boolean;
}

/**
 * The pactes' tree cut into pages of at most `perPage` ambitions, in reading
 * order. A pacte or défi cut by a page break is shown again, marked
 * `continued`, at the top of the next page; a défi without ambitions stays
 * with its neighbours. No page is empty, except page 1 of an empty report.
 */
export function paginateTree(pactes: readonly PacteNode[], perPage = AMBITIONS_PER_PAGE): PacteSlice[][] {
  if (!(perPage >= 1)) throw new RangeError(`perPage must be at least 1 (got ${perPage})`);
  const pages: PacteSlice[][] = [[]];
  let room = perPage;
  for (const { pacte, defis } of pactes) {
    let pacteSlice: PacteSlice | undefined;
    let pacteShown = false;
    const openPacte = () => {
      pacteSlice = { pacte, defis: [], continued: pacteShown };
      pacteShown = true;
      pages.at(-1)!.push(pacteSlice);
      return pacteSlice;
    };
    for (const { defi, ambitions } of defis) {
      let defiSlice: DefiSlice | undefined;
      const openDefi = (continued: boolean) => {
        defiSlice = { defi, ambitions: [], continued };
        (pacteSlice ?? openPacte()).defis.push(defiSlice);
        return defiSlice;
      };
      if (ambitions.length === 0) openDefi(false);
      for (const [i, ambition] of ambitions.entries()) {
        if (room === 0) {
          pages.push([]);
          room = perPage;
          pacteSlice = undefined;
          defiSlice = undefined;
        }
        (defiSlice ?? openDefi(i > 0)).ambitions.push(ambition);
        room--;
      }
    }
    if (!pacteShown) openPacte();
  }
  return pages;
}

/**
 * The page of its pacte's listing where a défi begins (1 for the customer's
 * report): counts the ambitions of the défis before it, without cutting the tree.
 */
export function defiListingPage(node: PacteNode, defiId: string, perPage = AMBITIONS_PER_PAGE): number {
  let before = 0;
  for (const { defi, ambitions } of node.defis) {
    if (defi?.id === defiId) return Math.floor(Math.max(0, before + Math.min(ambitions.length, 1) - 1) / perPage) + 1;
    before += ambitions.length;
  }
  return 1;
}

/** All ambitions of a tree slice, in order (the links a listing page shows). */
export const ambitionsOf = (slices: readonly { defis: readonly DefiNode[] }[]): Ambition[] =>
  slices.flatMap((p) => p.defis.flatMap((d) => d.ambitions));

/** A listing page's title: « Sommaire (page 2 sur 3) », unchanged when the listing has one page. */
export function listingTitle(title: string, position: ListingPosition | undefined, version: Version): string {
  if (!position || position.count <= 1) return title;
  const where = textFor(version, 'listing.position').replace('{n}', String(position.number)).replace('{count}', String(position.count));
  return `${title} (${where})`;
}
