import { z } from 'astro/zod';

/**
 * An entry of the level that groups leaves inside a top-level entry (a défi
 * of the bilan). File: `content/<folder>/<id>.md`. The field naming its parent
 * (`pacte:`) is added by `groupSchema` (levels.ts).
 */
export const GroupBaseSchema = z.object({
  /** Number inside its parent, from 1. */
  numero: z.number().int().positive(),
  /** Title as printed in the table of contents. */
  titre: z.string().min(1),
});
