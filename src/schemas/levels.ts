/**
 * The front matter of the report's pages, from its shape (content/rapport.yaml):
 * the top level (pactes), the optional grouping level (défis), the leaves
 * (ambitions), the cross-cutting pages (thématiques), and the general and FALC
 * pages whose key figures point to leaves. An entry names its parents by their
 * level's field (`pacte:`, `defi:`, see `fieldOf`), and a key figure its leaf
 * (`ambition:`).
 *
 * The same schemas serve the editors' check, where a reference is a file name,
 * and Astro's collections, where it is a `reference()`: `ref` says which.
 * They are typed as their base: the fields named by the shape are read through
 * the shape (src/lib/report.ts), not by a name written in code.
 */
import { z } from 'astro/zod';
import { ancestorsOf, fieldOf, leafLevel, levelOfRole, projectShape, twinnedFolders, type Level, type ReportShape } from '../model/report-shape.ts';
import { TopLevelBaseSchema } from './pacte.ts';
import { GroupBaseSchema } from './defi.ts';
import { blockField, imageSchema, LeafBaseSchema } from './ambition.ts';
import { FigureRefBaseSchema, PageBaseSchema } from './page.ts';
import { FalcKeyFigureBaseSchema } from './falc-key-figure.ts';
import { FalcPageBaseSchema } from './falc-page.ts';

/** The schema of a field that names an entry of `level`. */
export type RefSchema = (level: Level) => z.ZodType;

/** In the editors' check: the entry's file name. */
export const fileName: RefSchema = () => z.string().min(1);

/** Fields the shape adds to a base schema, typed away (see the module's comment). */
const hidden = (fields: Record<string, z.ZodType>) => fields as Record<never, never>;

/** A key figure of a leaf: the leaf (`ambition: st-01`) and the figure's position. */
export function figureRefSchema(shape: ReportShape = projectShape(), ref: RefSchema = fileName) {
  const leaf = leafLevel(shape);
  return FigureRefBaseSchema.extend(hidden({ [fieldOf(leaf)]: ref(leaf) }));
}

/** A top-level entry (a pacte) and its key figures. */
export function topLevelSchema(shape: ReportShape = projectShape(), ref: RefSchema = fileName) {
  return TopLevelBaseSchema.extend({ chiffresCles: z.array(figureRefSchema(shape, ref)).optional() });
}

/** An entry of the grouping level (a défi): its parent at the top level. Undefined when the report has no grouping level. */
export function groupSchema(shape: ReportShape = projectShape(), ref: RefSchema = fileName) {
  const group = levelOfRole(shape, 'group');
  if (!group) return undefined;
  return GroupBaseSchema.extend(hidden(Object.fromEntries(ancestorsOf(shape, group).map((level) => [fieldOf(level), ref(level)]))));
}

/**
 * A leaf (an ambition): its parents (`pacte:`, `defi:`), its number and title,
 * its optional photo, and one field per block of its page (the body is the
 * block `texte`). `image` is Astro's image() in the collections, a path in the check.
 */
export function leafSchema<Src extends z.ZodType = z.ZodString>(shape: ReportShape = projectShape(), ref: RefSchema = fileName, image: Src = z.string().min(1) as unknown as Src) {
  const leaf = leafLevel(shape);
  const parents = ancestorsOf(shape, leaf).map((level) => [fieldOf(level), ref(level)]);
  const blocks = (leaf.blocs ?? []).filter((block) => block.champ !== 'texte').map((block) => [block.champ, blockField(block, leaf)]);
  return LeafBaseSchema.extend({ image: imageSchema(image).optional() }).extend(hidden(Object.fromEntries([...parents, ...blocks])));
}

/** A general page (accueil, édito…) and its key figures. */
export function pageSchema(shape: ReportShape = projectShape(), ref: RefSchema = fileName) {
  return PageBaseSchema.extend({ chiffresCles: z.array(figureRefSchema(shape, ref)).optional() });
}

/** A key figure on a FALC page: the standard figure of a leaf, told again in FALC words. */
export function falcKeyFigureSchema(shape: ReportShape = projectShape(), ref: RefSchema = fileName) {
  const leaf = leafLevel(shape);
  return FalcKeyFigureBaseSchema.extend(hidden({ [fieldOf(leaf)]: ref(leaf) }));
}

/** The FALC twin of a page: its source is a page of a folder that has twins, and its key figures point to leaves. */
export function falcPageSchema(shape: ReportShape = projectShape(), ref: RefSchema = fileName) {
  const folders = twinnedFolders(shape);
  return FalcPageBaseSchema.extend({
    source: FalcPageBaseSchema.shape.source.refine((source) => folders.includes(source.split('/')[0]!), {
      message: `La source est une page de l’un de ces dossiers : ${folders.join(', ')} (par exemple « ${leafLevel(shape).dossier}/… »).`,
    }),
    chiffresCles: z.array(falcKeyFigureSchema(shape, ref)).optional(),
  });
}

/** The id of the entry of `level` an entry names (`pacte: solidarites-humaines`, or Astro's reference to it). */
export function parentId(data: object, level: Level): string | undefined {
  const value = (data as Record<string, unknown>)[fieldOf(level)];
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;
  return typeof id === 'string' ? id : undefined;
}

/** The leaf a key figure points to (`ambition: st-01`). */
export function figureLeafId(ref: object, shape: ReportShape = projectShape()): string | undefined {
  return parentId(ref, leafLevel(shape));
}
