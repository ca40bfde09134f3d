/**
 * Read-only queries over the content collections: the report's tree and its
 * reading order. The tree has the report's shape (content/rapport.yaml): top
 * level entries (the bilan's pactes), each with its groups (défis) and their
 * leaves (ambitions); a report without a grouping level (parties → fiches)
 * has one unnamed group per top-level entry. The types keep the bilan's words
 * for the roles: a « pacte » is an entry of the top level, an « ambition » a leaf.
 * Everything is loaded once and indexed by id, so pages ask in constant time.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { paginateTree } from './listing-pages.ts';
import { placeholderValues } from './urls.ts';
import { routes } from '../routes/route-table.ts';
import { levelOfRole, projectShape } from '../model/report-shape.ts';
import { parentId } from '../schemas/levels.ts';

/** An entry of the report's top level (a pacte of the bilan). */
export type Pacte = CollectionEntry<'top'>;
/** An entry of the grouping level (a défi of the bilan). */
export type Defi = CollectionEntry<'groups'>;
/** A leaf of the report (an ambition of the bilan, a fiche of another report). */
export type Ambition = CollectionEntry<'leaves'>;
/** A cross-cutting page (a thématique of the bilan). */
export type Thematique = CollectionEntry<'crossCutting'>;

/** A group of leaves: a défi, or, in a report without a grouping level, all the leaves of a top-level entry (`defi` undefined). */
export interface DefiNode {
  defi?: Defi | undefined;
  ambitions: Ambition[];
}

export interface PacteNode {
  pacte: Pacte;
  defis: DefiNode[];
}

export interface ReportTree {
  pactes: PacteNode[];
  thematiques: Thematique[];
  /** All leaves in reading order (top-level entry, then number). */
  ambitions: Ambition[];
  pacteById: Map<string, Pacte>;
  defiById: Map<string, Defi>;
  ambitionById: Map<string, Ambition>;
  /** Position of each leaf in `ambitions`, so that neighbours are found without a search. */
  positionById: Map<string, number>;
}

let cached: Promise<ReportTree> | undefined;

export function getReportTree(): Promise<ReportTree> {
  cached ??= buildTree();
  return cached;
}

/**
 * The page an entry is, as FALC twins name their source: `<folder>/<id>`
 * (`ambitions/st-01`), its folder from the report's shape.
 */
export function pageSource(role: 'top' | 'leaf' | 'cross-cutting', entry: { id: string }): string {
  const level = levelOfRole(projectShape(), role);
  if (!level) throw new Error(`The report's shape has no ${role} level`);
  return `${level.dossier}/${entry.id}`;
}

/** The full title of a top-level entry (« Pacte des solidarités humaines »), its short title when it has no other. */
export const fullTitle = (pacte: Pacte): string => pacte.data.titreComplet ?? pacte.data.titre;

/** Entries grouped by the id of the entry they name in a field (`pacte:`), each group in number order. */
function byParent<Entry extends { data: object }>(entries: readonly Entry[], parentOf: (entry: Entry) => string | undefined, number: (entry: Entry) => number) {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const parent = parentOf(entry);
    if (parent === undefined) continue;
    const list = groups.get(parent) ?? [];
    list.push(entry);
    groups.set(parent, list);
  }
  for (const list of groups.values()) list.sort((a, b) => number(a) - number(b));
  return (id: string) => groups.get(id) ?? [];
}

async function buildTree(): Promise<ReportTree> {
  const shape = projectShape();
  const top = levelOfRole(shape, 'top')!;
  const group = levelOfRole(shape, 'group');
  // A level the shape does not have is an empty collection: not read, so that Astro does not warn about it.
  const [pactes, defis, ambitions, thematiques] = await Promise.all([
    getCollection('top'),
    group ? getCollection('groups') : [],
    getCollection('leaves'),
    shape.transversales ? getCollection('crossCutting') : [],
  ]);
  pactes.sort((a, b) => a.data.ordre - b.data.ordre);
  thematiques.sort((a, b) => a.data.ordre - b.data.ordre);

  const leavesOf = byParent(ambitions, (a) => parentId(a.data, group ?? top), (a) => a.data.numero);
  const groupsOf = byParent(defis, (d) => parentId(d.data, top), (d) => d.data.numero);
  const tree: PacteNode[] = pactes.map((pacte) => ({
    pacte,
    defis: group ? groupsOf(pacte.id).map((defi) => ({ defi, ambitions: leavesOf(defi.id) })) : [{ ambitions: leavesOf(pacte.id) }],
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

/** The top-level entry (pacte) and group (défi, when the report has them) of a leaf. */
export function parentsOf(tree: ReportTree, ambition: Ambition): { pacte: Pacte; defi?: Defi | undefined } {
  const shape = projectShape();
  const group = levelOfRole(shape, 'group');
  const pacte = tree.pacteById.get(parentId(ambition.data, levelOfRole(shape, 'top')!) ?? '');
  if (!pacte) throw new Error(`${ambition.id} names no top-level entry`);
  return { pacte, defi: group ? tree.defiById.get(parentId(ambition.data, group) ?? '') : undefined };
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
