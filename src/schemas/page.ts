import { z } from 'astro/zod';

/**
 * A key figure of a leaf shown elsewhere (e.g. on the home page): the leaf,
 * named by its level's field (`ambition: st-01`, added from the report's shape
 * by `figureRefSchema` in levels.ts), and the figure's position, from 1.
 */
export const FigureRefBaseSchema = z.object({
  /** Which of its figures, from 1. */
  chiffre: z.number().int().positive(),
});

/** A standalone page (accueil, édito…). File: `content/pages/<id>.md`. Its key figures are added by `pageSchema` (levels.ts). */
export const PageBaseSchema = z.object({
  /** Page title (the h1). */
  titre: z.string().min(1),
  /** One sentence for search engines and link previews. Optional. */
  description: z.string().optional(),
  /** Signature at the end of the page (the édito). Optional. */
  signature: z.object({ nom: z.string().min(1), fonction: z.string().min(1) }).optional(),
});
