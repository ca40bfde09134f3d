/**
 * The report's content collections, loaded from the top-level `content/` folder.
 * Each schema lives in `src/schemas/`, one concern per file, with plain ids so
 * that the editors' check can use it outside Astro; here the id fields become
 * references, which Astro resolves and checks at build time.
 * In `npm run dev`, a file that breaks its schema keeps its last good version
 * instead of stopping the server (src/lib/dev/keep-last-good-entry.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PacteSchema } from './schemas/pacte.ts';
import { DefiSchema } from './schemas/defi.ts';
import { ambitionSchema, imageSchema } from './schemas/ambition.ts';
import { ThematiqueSchema } from './schemas/thematique.ts';
import { FigureRefSchema, PageSchema } from './schemas/page.ts';
import { FalcPageSchema, TWINNED_COLLECTIONS } from './schemas/falc-page.ts';
import { FalcKeyFigureSchema } from './schemas/falc-key-figure.ts';
import { GlossaryTermSchema } from './schemas/glossary-term.ts';
import { keepLastGoodEntry } from './lib/dev/keep-last-good-entry.ts';

const markdownIn = (folder: string) => keepLastGoodEntry(glob({ pattern: '*.md', base: `./content/${folder}` }));

export const collections = {
  pactes: defineCollection({
    loader: markdownIn('pactes'),
    schema: PacteSchema.extend({
      chiffresCles: z.array(FigureRefSchema.extend({ ambition: reference('ambitions') })).optional(),
    }),
  }),
  defis: defineCollection({ loader: markdownIn('defis'), schema: DefiSchema.extend({ pacte: reference('pactes') }) }),
  ambitions: defineCollection({
    loader: markdownIn('ambitions'),
    schema: ({ image }) =>
      ambitionSchema().extend({ pacte: reference('pactes'), defi: reference('defis'), image: imageSchema(image()).optional() }),
  }),
  thematiques: defineCollection({ loader: markdownIn('thematiques'), schema: ThematiqueSchema }),
  pages: defineCollection({
    loader: markdownIn('pages'),
    schema: PageSchema.extend({
      chiffresCles: z.array(FigureRefSchema.extend({ ambition: reference('ambitions') })).optional(),
    }),
  }),
  /** FALC twins: `content/falc/<collection>/<id>.md`, id `<collection>/<id>`. */
  falc: defineCollection({
    loader: keepLastGoodEntry(glob({ pattern: `{${TWINNED_COLLECTIONS.join(',')}}/*.md`, base: './content/falc' })),
    schema: FalcPageSchema.extend({
      chiffresCles: z.array(FalcKeyFigureSchema.extend({ ambition: reference('ambitions') })).optional(),
    }),
  }),
  glossaire: defineCollection({ loader: markdownIn('glossaire'), schema: GlossaryTermSchema }),
};
