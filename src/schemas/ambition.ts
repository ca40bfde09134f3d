import { z } from 'astro/zod';
import { KeyFigureSchema } from './key-figure.ts';
import { TestimonySchema } from './testimony.ts';

/**
 * An ambition: one page of the report. File: `content/ambitions/<code>-<nn>.md`.
 * The Markdown body is the introduction ("On l'a dit, on l'a fait"); the other
 * blocks are fields so that a figure or a quote can be edited on its own.
 */
export const AmbitionSchema = z.object({
  /** The pacte it belongs to (file name in `content/pactes/`). */
  pacte: z.string().min(1),
  /** The défi it belongs to (file name in `content/defis/`). */
  defi: z.string().min(1),
  /** Number inside its pacte, from 1; numbers restart in each pacte. */
  numero: z.number().int().positive(),
  /** Title as printed. */
  titre: z.string().min(1),
  /** "Quelques actions…": exactly three paragraphs, each with its lead phrase in **gras**. */
  actions: z.array(z.string().min(1)).length(3, 'Une ambition présente exactement 3 actions.'),
  /** "Ils en parlent mieux que nous". */
  temoignages: z.array(TestimonySchema).min(1, 'Ajoutez au moins un témoignage.'),
  /** "Chiffres". */
  chiffres: z.array(KeyFigureSchema).min(1, 'Ajoutez au moins un chiffre clé.'),
  /** "Perspectives": one or more paragraphs (separated by a blank line). */
  perspectives: z.string().min(1),
});
