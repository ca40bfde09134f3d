import { z } from 'astro/zod';

/**
 * Who proof-read a FALC text. FALC requires readers with intellectual
 * disabilities to check the text; the European logo is shown only when
 * `statut` is `valide`, readers are named, and the text has not changed since.
 */
export const RelectureSchema = z.object({
  /** `a-relire`: nobody has checked it yet; `relu`: read by the team; `valide`: validated by readers with intellectual disabilities. */
  statut: z.enum(['a-relire', 'relu', 'valide'], {
    error: 'Le statut de relecture est « a-relire », « relu » ou « valide ».',
  }),
  /** Names of the readers who validated the text, as they agree to be named on the page. */
  relecteurs: z.array(z.string().min(1)).default([]),
  /** Date of the review (AAAA-MM-JJ). */
  date: z.coerce.date().optional(),
  /** What the session changed in the text (`falc:valider --changements`), for the team's records. */
  changements: z.string().min(1).optional(),
});
