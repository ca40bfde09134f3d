import { z } from 'astro/zod';

/** A testimony from "Ils en parlent mieux que nous". */
export const TestimonySchema = z.object({
  /** The quote, with its « » as printed (Markdown: *italique* allowed). */
  citation: z.string().min(1),
  /** Who said it, with their role or place. */
  auteur: z.string().min(1),
});
