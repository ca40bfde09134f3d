import { z } from 'astro/zod';

/** A défi groups ambitions inside a pacte. File: `content/defis/<code>-defi-<n>.md`. */
export const DefiSchema = z.object({
  /** The pacte it belongs to (file name in `content/pactes/`, without `.md`). */
  pacte: z.string().min(1),
  /** Number inside its pacte, from 1 (printed "01."). */
  numero: z.number().int().positive(),
  /** Title as printed in the table of contents. */
  titre: z.string().min(1),
});
