/**
 * Read-only queries over the content collections: the report's tree
 * (pactes → défis → ambitions) and the reading order. Everything is loaded
 * once and indexed by id, so pages ask in constant time (no search in loops).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { paginateTree } from './listing-pages.ts';
import { placeholderValues } from './urls.ts';
import { routes } from '../routes/route-table.ts';

export type Pacte = CollectionEntry<'pactes'>;
export type Defi = CollectionEntry<'defis'>;
export type Ambition = CollectionEntry<'ambitions'>;
export type Thematique = CollectionEntry<'thematiques'>;

export interface DefiNode {
  defi: Defi;
  ambitions: Ambition[];
}

export interface PacteNode {
  pacte: Pacte;
  defis: DefiNode[];
}

export interface ReportTree {
  pactes: PacteNode[];
  thematiques: Thematique[];
  /** All ambitions in reading order (pacte, then number). */
  ambitions: Ambition[];
  pacteById: Map<string, Pacte>;
  defiById: Map<string, Defi>;
  ambitionById: Map<string, Ambition>;
  /** Position of each ambition in `ambitions`, so that neighbours are found without a search. */
  positionById: Map<string, number>;
}

let cached: Promise<ReportTree> | undefined;

export function getReportTree(): Promise<ReportTree> {
  cached ??= buildTree();
  return cached;
}

async function buildTree(): Promise<ReportTree> {
  const [pactes, defis, ambitions, thematiques] = await Promise.all([
    getCollection('pactes'),
    getCollection('defis'),
    getCollection('ambitions'),
    getCollection('thematiques'),
  ]);
  pactes.sort((a, b) => a.data.ordre - b.data.ordre);
  thematiques.sort((a, b) => a.data.ordre - b.data.ordre);

  const ambitionsByDefi = new Map<string, Ambition[]>();
  for (const ambition of ambitions) {
    const list = ambitionsByDefi.get(ambition.data.defi.id) ?? [];
    list.push(ambition);
    ambitionsByDefi.set(ambition.data.defi.id, list);
  }
  const defisByPacte = new Map<string, Defi[]>();
  for (const defi of defis) {
    const list = defisByPacte.get(defi.data.pacte.id) ?? [];
    list.push(defi);
    defisByPacte.set(defi.data.pacte.id, list);
  }

  const tree: PacteNode[] = pactes.map((pacte) => ({
    pacte,
    defis: (defisByPacte.get(pacte.id) ?? [])
      .sort((a, b) => a.data.numero - b.data.numero)
      .map((defi) => ({
        defi,
        ambitions: (ambitionsByDefi.get(defi.id) ?? []).sort((a, b) => a.data.numero - b.data.numero),
      })),
  }));

  const ordered = tree.flatMap((p) => p.defis.flatMap((d) => d.ambitions));
  return {
    pactes: tree,
    thematiques,
    ambitions: ordered,
    pacteById: new Map(pactes.map((p) => [p.id, p])),
    defiById: new Map(defis.map((d) => [d.id, d])),
    ambitionById: new Map(ambitions.map((a) => [a.id, a])),
    positionById: new Map(ordered.map((a, i) => [a.id, i])),
  };
}

/** Previous and next ambition in reading order, across défis and pactes. */
export function neighbours(tree: ReportTree, ambition: Ambition): { previous?: Ambition; next?: Ambition } {
  const index = tree.positionById.get(ambition.id) ?? -1;
  return { previous: tree.ambitions[index - 1], next: tree.ambitions[index + 1] };
}

/**
 * One page of a kind: the values of its address's placeholders, its page
 * number in a listing cut into pages, and what its view receives.
 */
export interface KindPage<P> {
  values: Record<string, string | number>;
  number: number;
  props: P;
}

/** The ambition pages (`/<pacte>/ambition-<n>/`). */
export async function ambitionPages(): Promise<KindPage<{ ambition: Ambition }>[]> {
  const tree = await getReportTree();
  return tree.ambitions.map((ambition) => ({
    values: placeholderValues(routes.kindOf('leaf')!, ambition),
    number: 1,
    props: { ambition },
  }));
}

/** The pacte pages (`/<pacte>/`, then `/<pacte>/2/`… when a pacte has more ambitions than a page shows). */
export async function pactePages() {
  const tree = await getReportTree();
  return tree.pactes.flatMap((node) => {
    const pages = paginateTree([node]);
    return pages.map((slices, i) => ({
      values: placeholderValues(routes.kindOf('level')!, node.pacte),
      number: i + 1,
      props: { node, slice: slices[0] ?? { pacte: node.pacte, defis: [], continued: false }, position: { number: i + 1, count: pages.length } },
    }));
  });
}

/** The pages of a listing of the whole tree (sommaire, plan du site), cut into pages: `/<listing>/`, `/<listing>/2/`… */
export async function treeListingPages() {
  const tree = await getReportTree();
  const pages = paginateTree(tree.pactes);
  return pages.map((slices, i) => ({
    values: {},
    number: i + 1,
    props: { tree, slices, position: { number: i + 1, count: pages.length } },
  }));
}

/** What each page of a pacte receives. */
export type PactePageProps = Awaited<ReturnType<typeof pactePages>>[number]['props'];

/** What each page of the sommaire or the plan du site receives. */
export type TreeListingProps = Awaited<ReturnType<typeof treeListingPages>>[number]['props'];

/** The thematique pages (`/thematiques/<id>/`). */
export async function thematiquePages(): Promise<KindPage<{ thematique: Thematique }>[]> {
  const tree = await getReportTree();
  const kind = routes.kindOf('cross-cutting');
  return kind ? tree.thematiques.map((thematique) => ({ values: placeholderValues(kind, thematique), number: 1, props: { thematique } })) : [];
}
