import { z } from 'astro/zod';

/**
 * A cross-cutting theme. File: `content/thematiques/<slug>.md`. The body holds
 * the intro, then one `##` per sub-section (→ in print) and one `###` per block
 * ("On le fait !", "En chiffres"…).
 */
export const ThematiqueSchema = z.object({
  /** Title, e.g. "Agir en faveur du climat". */
  titre: z.string().min(1),
  /** Position in the table of contents, from 1. */
  ordre: z.number().int().positive(),
});
