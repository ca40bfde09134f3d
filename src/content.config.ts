/**
 * The report's content collections, loaded from the top-level `content/` folder.
 * The levels of the report come from its shape (content/rapport.yaml): each
 * collection is named after the level's role, so that code reads `leaves` for
 * the ambitions of the bilan as for the fiches of another report, and loads
 * the level's own folder. The schemas (src/schemas/levels.ts) are the ones the
 * editors' check uses; here a field naming another entry is a reference, which
 * Astro resolves and checks at build time.
 * In `npm run dev`, a file that breaks its schema keeps its last good version
 * instead of stopping the server (src/lib/dev/keep-last-good-entry.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { levelOfRole, leafLevel, projectShape, twinnedFolders, type Level, type ReportShape } from './model/report-shape.ts';
import { falcPageSchema, groupSchema, leafSchema, pageSchema, topLevelSchema, type RefSchema } from './schemas/levels.ts';
import { ThematiqueSchema } from './schemas/thematique.ts';
import { GroupBaseSchema } from './schemas/defi.ts';
import { GlossaryTermSchema } from './schemas/glossary-term.ts';
import { keepLastGoodEntry } from './lib/dev/keep-last-good-entry.ts';
import { readWithContentModel } from './model/content-loader.ts';

const shape: ReportShape = projectShape();
/** Pages are read by the content model's reader, the one the editors' check uses. */
const markdownLoader = (pattern: string, base: string) => readWithContentModel(keepLastGoodEntry(glob({ pattern, base })));
const markdownIn = (folder: string) => markdownLoader('*.md', `./content/${folder}`);

/** The collection of each level of the report, by its role. */
const ROLE_COLLECTIONS = { top: 'top', group: 'groups', leaf: 'leaves', 'cross-cutting': 'crossCutting' } as const;
const collectionOf = (level: Level) => {
  const role = (['top', 'group', 'leaf', 'cross-cutting'] as const).find((candidate) => levelOfRole(shape, candidate) === level);
  if (!role) throw new Error(`${level.dossier} is not a level of the report`);
  return ROLE_COLLECTIONS[role];
};
const ref: RefSchema = (level) => reference(collectionOf(level));

/** A level the report does not have (no grouping level, no cross-cutting pages): an empty collection. */
const none = <Schema extends z.ZodType>(schema: Schema) => defineCollection({ loader: () => [], schema });

const group = levelOfRole(shape, 'group');
const crossCutting = shape.transversales;

export const collections = {
  top: defineCollection({ loader: markdownIn(levelOfRole(shape, 'top')!.dossier), schema: topLevelSchema(shape, ref) }),
  groups: group ? defineCollection({ loader: markdownIn(group.dossier), schema: groupSchema(shape, ref)! }) : none(GroupBaseSchema),
  leaves: defineCollection({
    loader: markdownIn(leafLevel(shape).dossier),
    schema: ({ image }) => leafSchema(shape, ref, image()),
  }),
  crossCutting: crossCutting ? defineCollection({ loader: markdownIn(crossCutting.dossier), schema: ThematiqueSchema }) : none(ThematiqueSchema),
  pages: defineCollection({ loader: markdownIn('pages'), schema: pageSchema(shape, ref) }),
  /** FALC twins: `content/falc/<folder>/<id>.md`, id `<folder>/<id>`. */
  falc: defineCollection({
    loader: markdownLoader(`{${twinnedFolders(shape).join(',')}}/*.md`, './content/falc'),
    schema: falcPageSchema(shape, ref),
  }),
  glossaire: defineCollection({ loader: markdownIn('glossaire'), schema: GlossaryTermSchema }),
};
