import { z } from 'astro/zod';
import { FalcKeyFigureSchema } from './falc-key-figure.ts';
import { RelectureSchema } from './relecture.ts';

export { RelectureSchema };

/** Collections that have a page of their own, and so a FALC twin. */
export const TWINNED_COLLECTIONS = ['pages', 'pactes', 'ambitions', 'thematiques'] as const;
export type TwinnedCollection = (typeof TWINNED_COLLECTIONS)[number];

/** Fingerprints recorded by `npm run falc:valider` (see src/lib/content-hash.ts). */
export const FingerprintsSchema = z.object({
  /** Fingerprint of this FALC text when it was reviewed. */
  falc: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  /** Fingerprint of the standard page it was written from. */
  source: z.string().regex(/^[0-9a-f]{16}$/).optional(),
});

/**
 * The FALC twin of a page. File: `content/falc/<collection>/<id>.md`, mirroring
 * `content/<collection>/<id>.md`. Body: `## :pictogramme: Titre` sections, one
 * sentence per line.
 */
export const FalcPageSchema = z.object({
  /** Title of the FALC page (its h1), in easy-to-read words. */
  titre: z.string().min(1),
  /** One sentence for search engines. Optional. */
  description: z.string().optional(),
  /** The standard page it is written from: `<collection>/<id>`, the same path as this file under `content/falc/`. */
  source: z
    .string()
    .regex(
      /^(pages|pactes|ambitions|thematiques)\/[a-z0-9-]+$/,
      'La source s’écrit « collection/identifiant », par exemple « ambitions/st-01 ».',
    ),
  /** The review record. */
  relecture: RelectureSchema,
  /** Fingerprints of the texts at the last review. */
  empreintes: FingerprintsSchema.optional(),
  /** Key figures shown as cards (FALC accueil and pactes): the standard page's figures, in FALC sentences. Optional. */
  chiffresCles: z.array(FalcKeyFigureSchema).optional(),
});

export type FalcPageData = z.infer<typeof FalcPageSchema>;
