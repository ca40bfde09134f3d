import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ambitionsOf,
  defiListingPage,
  listingTitle,
  paginateTree,
  type PacteSlice,
} from '../../src/lib/listing-pages.ts';
import { listingPageUrl, urls } from '../../src/lib/urls.ts';
import type { Ambition, PacteNode } from '../../src/lib/report.ts';

/** A report tree with `shape[p][d]` ambitions in défi d of pacte p (only the fields the cutting reads). */
function treeOf(shape: number[][]): PacteNode[] {
  let n = 0;
  return shape.map((defis, p) => ({
    pacte: { id: `pacte-${p}` } as PacteNode['pacte'],
    defis: defis.map((count, d) => ({
      defi: { id: `defi-${p}-${d}` } as PacteNode['defis'][number]['defi'],
      ambitions: Array.from({ length: count }, () => ({ id: `a-${n++}` }) as Ambition),
    })),
  }));
}
const ids = (list: { id: string }[]) => list.map((a) => a.id);
const shapes = fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }), { maxLength: 5 });

describe('paginateTree', () => {
  it('refuses a page size under 1', () => {
    expect(() => paginateTree(treeOf([[3]]), 0)).toThrow(RangeError);
  });

  it('keeps every ambition once, in reading order, at most perPage a page, no empty page', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 25 }), (shape, perPage) => {
        const tree = treeOf(shape);
        const pages = paginateTree(tree, perPage);
        expect(ids(pages.flatMap((p) => ambitionsOf(p)))).toEqual(ids(ambitionsOf(tree)));
        for (const page of pages) expect(ambitionsOf(page).length).toBeLessThanOrEqual(perPage);
        const total = ambitionsOf(tree).length;
        expect(pages.length).toBe(Math.max(1, Math.ceil(total / perPage)));
        if (total > 0) for (const page of pages) expect(ambitionsOf(page).length).toBeGreaterThan(0);
      }),
    );
  });

  it('shows every pacte and défi, even without ambitions, and marks « continued » exactly the parts begun on an earlier page', () => {
    fc.assert(
      fc.property(shapes, fc.integer({ min: 1, max: 25 }), (shape, perPage) => {
        const tree = treeOf(shape);
        const pages = paginateTree(tree, perPage);
        const seenPactes = new Set<string>();
        const seenDefis = new Set<string>();
        for (const page of pages) {
          for (const slice of page) {
            expect(slice.continued).toBe(seenPactes.has(slice.pacte.id));
            seenPactes.add(slice.pacte.id);
            for (const d of slice.defis) {
              expect(d.continued).toBe(seenDefis.has(d.defi!.id));
              seenDefis.add(d.defi!.id);
            }
          }
        }
        expect([...seenPactes]).toEqual(tree.map((p) => p.pacte.id));
        expect([...seenDefis]).toEqual(tree.flatMap((p) => p.defis.map((d) => d.defi!.id)));
      }),
    );
  });

  it('repeats a pacte and a défi cut by a page break at the top of the next page', () => {
    const pages = paginateTree(treeOf([[3, 2], [1]]), 2);
    const outline = (page: PacteSlice[]) =>
      page.map((p) => `${p.pacte.id}${p.continued ? '+' : ''}: ${p.defis.map((d) => `${d.defi!.id}${d.continued ? '+' : ''} ${ids(d.ambitions).join(',')}`).join(' | ')}`);
    expect(pages.map(outline)).toEqual([
      ['pacte-0: defi-0-0 a-0,a-1'],
      ['pacte-0+: defi-0-0+ a-2 | defi-0-1 a-3'],
      ['pacte-0+: defi-0-1+ a-4', 'pacte-1: defi-1-0 a-5'],
    ]);
  });
});

describe('defiListingPage', () => {
  it("gives the page of a pacte's listing where each défi begins", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 }), fc.integer({ min: 1, max: 25 }), (defis, perPage) => {
        const [node] = treeOf([defis]);
        const pages = paginateTree([node!], perPage);
        for (const { defi } of node!.defis) {
          const begins = pages.findIndex((page) => page.some((p) => p.defis.some((d) => d.defi!.id === defi!.id && !d.continued))) + 1;
          expect(defiListingPage(node!, defi!.id, perPage)).toBe(begins);
        }
      }),
    );
  });

  it('links the breadcrumb to that page', () => {
    expect(urls.defi({ id: 'solidarites-humaines', data: {} }, 3)).toBe('/solidarites-humaines/#defi-3');
    expect(urls.defi({ id: 'solidarites-humaines', data: {} }, 3, 2)).toBe('/solidarites-humaines/2/#defi-3');
  });
});

describe('listing addresses and titles', () => {
  it('keeps page 1 at the listing address and puts page n under it', () => {
    expect(listingPageUrl('/sommaire/', 1)).toBe('/sommaire/');
    expect(listingPageUrl('/facile-a-lire/sommaire/', 3)).toBe('/facile-a-lire/sommaire/3/');
  });

  it('says which page it is in the title of a listing of several pages only', () => {
    expect(listingTitle('Sommaire', { number: 2, count: 3 }, 'standard')).toBe('Sommaire (page 2 sur 3)');
    expect(listingTitle('Tout le bilan', { number: 1, count: 40 }, 'falc')).toBe('Tout le bilan (page 1 sur 40)');
    expect(listingTitle('Sommaire', { number: 1, count: 1 }, 'standard')).toBe('Sommaire');
    expect(listingTitle('Sommaire', undefined, 'standard')).toBe('Sommaire');
  });
});
