import { z } from 'astro/zod';
import { RelectureSchema } from './relecture.ts';

/**
 * A difficult word or an acronym, explained twice: for the standard version and
 * in FALC. File: `content/glossaire/<id>.md`. Pages that use the term link to it.
 */
export const GlossaryTermSchema = z.object({
  /** The word as written in the texts, e.g. "MDPH" or "Département". */
  terme: z.string().min(1),
  /** Other forms that count as the same word, e.g. a plural. Optional. */
  formes: z.array(z.string().min(1)).default([]),
  /**
   * Phrases where a form of the word has another sense, e.g. « méthode commune » for « commune »:
   * the word is never linked inside them. Each phrase must contain one of the word's forms.
   */
  exclure: z.array(z.string().min(1)).default([]),
  /** True for an acronym: it is marked with <abbr> and its expansion (`developpe`) wherever it is used. */
  sigle: z.boolean().default(false),
  /**
   * The words behind the acronym, e.g. "Maison départementale des personnes handicapées". A form equal to it
   * (any case) is linked as the spelled-out name, without <abbr>; the other forms are the acronym.
   */
  developpe: z.string().optional(),
  /** Definition for the standard version. */
  definition: z.string().min(1),
  /** Explanation in FALC: short sentences, one per line. Checked by the FALC linter like a FALC page. */
  falc: z.string().min(1),
  /**
   * Review of the FALC explanation, with the same statuses as a FALC page
   * (`a-relire`, `relu`, `valide`). Without it, the explanation is « à relire »
   * (src/lib/pairing/lint-falc-glossary.ts).
   */
  relecture: RelectureSchema.optional(),
  /** Fingerprint of the FALC explanation when it was validated (`empreintes.falc`). */
  empreintes: z.object({ falc: z.string().regex(/^[0-9a-f]{16}$/).optional() }).optional(),
}).superRefine((term, ctx) => {
  const forms = [term.terme, ...term.formes].map((f) => f.toLocaleLowerCase('fr'));
  term.exclure.forEach((phrase, i) => {
    if (forms.some((form) => phrase.toLocaleLowerCase('fr').includes(form))) return;
    ctx.addIssue({
      code: 'custom',
      path: ['exclure', i],
      message: `« ${phrase} » ne contient ni « ${term.terme} » ni une de ses formes (${term.formes.join(', ') || 'aucune'}) : cette expression n’écarterait rien. Écrivez l’expression où le mot a un autre sens, par exemple « méthode commune » pour « commune ».`,
    });
  });
});

export type GlossaryTermData = z.infer<typeof GlossaryTermSchema>;
