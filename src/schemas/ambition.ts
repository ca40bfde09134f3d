import { z } from 'astro/zod';
import { KeyFigureSchema } from './key-figure.ts';
import { TestimonySchema } from './testimony.ts';
import { leafLevel, projectShape, type Block, type Level } from '../model/report-shape.ts';

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
 * The Markdown body is its first block (« On l'a dit, on l'a fait »); the other
 * blocks are fields, so that a figure or a quote can be edited on its own.
 * Which blocks, in which order, is the report's shape (content/rapport.yaml):
 * their fields, and the fields naming its parents, are added by `leafSchema`
 * (levels.ts).
 */
export const LeafBaseSchema = z.object({
  /** Number inside its top-level entry, from 1; numbers restart in each one. */
  numero: z.number().int().positive(),
  /** Title as printed. */
  titre: z.string().min(1),
  /** Optional photo, shown after the introduction (see `imageSchema`). */
  image: imageSchema(z.string().min(1)).optional(),
});

/** The field of a block, by its kind: a Markdown text, Markdown paragraphs, quotes, key figures. */
export function blockField(block: Block, leaf: Level) {
  const count = <T extends z.ZodType>(items: z.ZodArray<T>, atLeastOne: string) => {
    if (block.nombre === undefined) return items.min(1, atLeastOne);
    const article = leaf.nom.genre === 'féminin' ? 'Une' : 'Un';
    return items.length(block.nombre, `${article} ${leaf.nom.singulier} présente exactement ${block.nombre} ${block.champ}.`);
  };
  switch (block.sorte) {
    case 'texte':
      return z.string().min(1, `Écrivez le texte du bloc « ${block.titre} ».`);
    case 'paragraphes':
      return count(z.array(z.string().min(1)), `Écrivez au moins un paragraphe dans « ${block.titre} ».`);
    case 'citations':
      return count(z.array(TestimonySchema), `Ajoutez au moins une citation dans « ${block.titre} ».`);
    case 'chiffres':
      return count(z.array(KeyFigureSchema), `Ajoutez au moins un chiffre clé dans « ${block.titre} ».`);
  }
}

type KeyFigure = z.infer<typeof KeyFigureSchema>;

/**
 * An ambition's key figures: its first block of kind `chiffres` in the report's
 * shape (`chiffres` in the bilan), which the key-figure cards of the accueil and
 * the pactes refer to by number.
 */
export function keyFiguresOf(data: object): KeyFigure[] {
  const field = leafLevel(projectShape()).blocs?.find((block) => block.sorte === 'chiffres')?.champ ?? '';
  const figures = (data as Record<string, unknown>)[field];
  return Array.isArray(figures) ? (figures as KeyFigure[]) : [];
}
