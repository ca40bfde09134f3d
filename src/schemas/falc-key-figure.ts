import { z } from 'astro/zod';
import { FigureRefBaseSchema } from './page.ts';
import { pictogramNames, unknownPictogramMessage } from '../lib/pictograms/pictograms.ts';

/** The names of content/pictogrammes.yaml (read from the project being checked or built). */
const PICTOGRAM_NAMES = pictogramNames();
const unknown = (issue: { input?: unknown }) => unknownPictogramMessage(String(issue.input));
/** An enum (listed by the editor's JSON schema) when the list can be read; otherwise every name is refused. */
const PictogramSchema = PICTOGRAM_NAMES.length > 0
  ? z.enum(PICTOGRAM_NAMES as [string, ...string[]], { error: unknown })
  : z.string().refine(() => false, { error: unknown });

/**
 * A key figure on a FALC page (the FALC accueil or a FALC pacte): the same
 * figure of an ambition as on the standard page, told again in FALC words.
 * The content check makes sure `texte` writes the figure's own number.
 */
export const FalcKeyFigureBaseSchema = FigureRefBaseSchema.extend({
  /** One or two short FALC sentences, one per line, that contain the figure's number in digits ("1 159"). */
  texte: z.string().trim().min(1),
  /** Pictogram shown on the left of the card: a name from content/pictogrammes.yaml, without the colons (`mairie`). */
  pictogramme: PictogramSchema,
});

export type FalcKeyFigureData = z.infer<typeof FalcKeyFigureBaseSchema>;
