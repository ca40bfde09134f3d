import { z } from 'astro/zod';

/** A key figure, read as one phrase: "[avant] valeur [unite] libelle" ("Près de 15 000 pass numériques…"). */
export const KeyFigureSchema = z.object({
  /** The number as the report prints it: digits, spaces between thousands, a comma for decimals ("1 159", "60,2"). */
  valeur: z
    .string()
    .regex(/^\d[\d  ]*(,\d+)?$/, 'La valeur est un nombre écrit en chiffres, par exemple « 1 159 » ou « 60,2 ».'),
  /** Words that come before the number, e.g. "Près de" or "À fin 2024,". Optional. */
  avant: z.string().optional(),
  /** Unit written right after the number, e.g. "%", "km", "ha". Optional. */
  unite: z.string().optional(),
  /** The rest of the phrase (Markdown: **gras** and *italique* allowed). */
  libelle: z.string().min(1),
});
