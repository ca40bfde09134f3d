import { z } from 'astro/zod';

/**
 * An entry of the report's top level (a pacte of the bilan). File:
 * `content/<folder>/<id>.md`. Its key figures are added by `topLevelSchema`
 * (levels.ts), which knows the report's leaves.
 */
export const TopLevelBaseSchema = z.object({
  /** Short title, as printed on the divider page, e.g. "Solidarités territoriales". */
  titre: z.string().min(1),
  /** Full name, e.g. "Pacte des solidarités territoriales"; the short title when absent. */
  titreComplet: z.string().min(1).optional(),
  /** Two-letter code that prefixes the ids of its défis and ambitions in the bilan (`st`, `rc`, `sh`). Optional. */
  code: z.string().regex(/^[a-z]{2}$/, 'Le code est fait de deux lettres minuscules, par exemple « st ».').optional(),
  /** Position in the report, from 1. */
  ordre: z.number().int().positive(),
});
