import { z } from 'astro/zod';
import { FigureRefSchema } from './page.ts';

/** A pacte: one of the three parts of the mandate's project. File: `content/pactes/<slug>.md`. */
export const PacteSchema = z.object({
  /** Short title, as printed on the divider page, e.g. "Solidarités territoriales". */
  titre: z.string().min(1),
  /** Full name, e.g. "Pacte des solidarités territoriales". */
  titreComplet: z.string().min(1),
  /** Two-letter code that prefixes the ids of its défis and ambitions (`st`, `rc`, `sh`). */
  code: z.string().regex(/^[a-z]{2}$/, 'Le code est fait de deux lettres minuscules, par exemple « st ».'),
  /** Position in the report, from 1. */
  ordre: z.number().int().positive(),
  /** Key figures shown on the pacte's page: an ambition of the report and the figure's position in it, from 1. Optional. */
  chiffresCles: z.array(FigureRefSchema).optional(),
});
