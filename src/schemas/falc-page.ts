import { z } from 'astro/zod';
import { RelectureSchema } from './relecture.ts';
import { FalcKeyFigureBaseSchema } from './falc-key-figure.ts';

export { RelectureSchema };


/** Fewest and most comprehension questions a page carries: enough to check the main ideas, few enough for a short session. */
export const QUESTIONS_MIN = 2;
export const QUESTIONS_MAX = 4;

/**
 * A comprehension question asked to readers in a review session (`npm run falc:seance`),
 * written by the editor in FALC French, with the answer expected from the page's own text.
 */
export const QuestionSchema = z.strictObject(
  {
    question: z
      .string({ error: 'La question est un texte, par exemple « Qui aide les communes ? ».' })
      .trim()
      .min(1, 'La question est vide : écrivez une question courte.')
      .regex(/\?$/, 'Une question se termine par « ? ».'),
    /** The answer a reader who understood the page gives, taken from the page's own words. Optional. */
    reponse: z.string({ error: 'La réponse est un texte.' }).trim().min(1, 'La réponse est vide : écrivez-la ou enlevez la ligne « reponse: ».').optional(),
  },
  { error: 'Chaque question s’écrit « - question: … ? », avec si besoin une ligne « reponse: … » en dessous.' },
);

export const QuestionsSchema = z
  .array(QuestionSchema, { error: 'Les questions sont une liste : une ligne « - question: … ? » par question.' })
  .min(QUESTIONS_MIN, `Écrivez au moins ${QUESTIONS_MIN} questions de compréhension.`)
  .max(QUESTIONS_MAX, `Écrivez au plus ${QUESTIONS_MAX} questions de compréhension : une séance doit rester courte.`);

/** Fingerprints recorded by `npm run falc:valider` (see src/lib/content-hash.ts). */
export const FingerprintsSchema = z.object({
  /** Fingerprint of this FALC text when it was reviewed. */
  falc: z.string().regex(/^[0-9a-f]{16}$/).optional(),
  /** Fingerprint of the standard page it was written from. */
  source: z.string().regex(/^[0-9a-f]{16}$/).optional(),
});

/**
 * The FALC twin of a page. File: `content/falc/<collection>/<id>.md`, mirroring
 * `content/<collection>/<id>.md`. Body: `## :pictogramme: Titre` sections, one
 * sentence per line.
 */
export const FalcPageBaseSchema = z.object({
  /** Title of the FALC page (its h1), in easy-to-read words. */
  titre: z.string().min(1),
  /** One sentence for search engines. Optional. */
  description: z.string().optional(),
  /** The standard page it is written from: `<folder>/<id>`, the same path as this file under `content/falc/` (the folders are checked by `falcPageSchema`, levels.ts). */
  source: z.string().regex(/^[a-z][a-z0-9-]*\/[a-z0-9-]+$/, 'La source s’écrit « dossier/identifiant », par exemple « ambitions/st-01 ».'),
  /** The review record. */
  relecture: RelectureSchema,
  /** Fingerprints of the texts at the last review. */
  empreintes: FingerprintsSchema.optional(),
  /** Comprehension questions for a review session with readers: 2 to 4, required before the page is `valide`. */
  questions: QuestionsSchema.optional(),
  /** Key figures shown as cards (FALC accueil and pactes): the standard page's figures, in FALC sentences. Optional. */
  chiffresCles: z.array(FalcKeyFigureBaseSchema).optional(),
});

export type FalcPageData = z.infer<typeof FalcPageBaseSchema>;
