import { z } from 'astro/zod';
import { FigureRefSchema } from './page.ts';
import { PICTOGRAMS } from '../falc/pictograms.ts';

const PICTOGRAM_NAMES = Object.keys(PICTOGRAMS) as [keyof typeof PICTOGRAMS, ...(keyof typeof PICTOGRAMS)[]];

/**
 * A key figure on a FALC page (the FALC accueil or a FALC pacte): the same
 * figure of an ambition as on the standard page, told again in FALC words.
 * The content check makes sure `texte` writes the figure's own number.
 */
export const FalcKeyFigureSchema = FigureRefSchema.extend({
  /** One or two short FALC sentences, one per line, that contain the figure's number in digits ("1 159"). */
  texte: z.string().trim().min(1),
  /** Pictogram shown on the left of the card: a name from src/falc/pictograms.ts, without the colons (`mairie`). */
  pictogramme: z.enum(PICTOGRAM_NAMES, {
    error: (issue) => `Pictogramme inconnu « ${String(issue.input)} ». Pictogrammes possibles : ${PICTOGRAM_NAMES.join(', ')}.`,
  }),
});

export type FalcKeyFigureData = z.infer<typeof FalcKeyFigureSchema>;
