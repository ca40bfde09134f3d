import { z } from 'astro/zod';
import { KeyFigureSchema } from './key-figure.ts';
import { TestimonySchema } from './testimony.ts';

/**
 * A photo on an ambition page. `src` is the file, relative to the Markdown file
 * (`./images/photo.jpg`): in `content.config.ts` it is Astro's `image()`, so the
 * build checks the file exists and resizes it; elsewhere (the editors' check)
 * a path. `alt` says what the photo shows; it is empty only for a photo that
 * adds nothing to the text, marked `decorative: true`. `credit` is shown under it.
 */
export const imageSchema = <Src extends z.ZodType>(src: Src) =>
  z
    .object({
      /** The photo file, relative to the Markdown file. */
      src,
      /** What the photo shows, for readers who cannot see it. Empty only with `decorative: true`. */
      alt: z.string({ error: 'Décrivez la photo dans « alt » (ou mettez « alt: "" » et « decorative: true »).' }),
      /** Author and rights holder, shown as the caption: « Photo : Prénom Nom / Département du Pas-de-Calais ». */
      credit: z.string({ error: 'Indiquez l’auteur de la photo dans « credit ».' }).min(1, 'Indiquez l’auteur de la photo dans « credit ».'),
      /** The photo only decorates the page: its `alt` is empty and screen readers skip it. */
      decorative: z.boolean().optional(),
    })
    .refine((img) => (img.decorative ? img.alt.trim() === '' : img.alt.trim() !== ''), {
      path: ['alt'],
      message: 'Le texte « alt » décrit la photo ; il est vide seulement avec « decorative: true » (et alors il doit être vide).',
    });

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
  /** Optional photo, shown after the introduction (see `imageSchema`). */
  image: imageSchema(z.string().min(1)).optional(),
});
