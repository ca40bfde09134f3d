import { z } from 'astro/zod';

/** A key figure of an ambition shown elsewhere (e.g. on the home page): the ambition and the figure's position, from 1. */
export const FigureRefSchema = z.object({
  /** Ambition id, e.g. "st-01". */
  ambition: z.string().min(1),
  /** Which of its figures, from 1. */
  chiffre: z.number().int().positive(),
});

/** A standalone page (accueil, édito…). File: `content/pages/<id>.md`. */
export const PageSchema = z.object({
  /** Page title (the h1). */
  titre: z.string().min(1),
  /** One sentence for search engines and link previews. Optional. */
  description: z.string().optional(),
  /** Signature at the end of the page (the édito). Optional. */
  signature: z.object({ nom: z.string().min(1), fonction: z.string().min(1) }).optional(),
  /** Key figures shown on the page (the accueil). Optional. */
  chiffresCles: z.array(FigureRefSchema).optional(),
});
