/**
 * The result of the last automated audit, as recorded by
 * `npm run audit -- --enregistrer` in `content/accessibilite/verification-automatique.yaml`.
 * The site is built before the audit runs, so the statement shows the last
 * recorded result, never the one of the build being made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

export const VERIFICATION_FILE = 'content/accessibilite/verification-automatique.yaml';

export const VerificationToolSchema = z.object({
  /** Identifier of the check: pa11y-ci, axe, clavier, affichage, reglages, html-validate, liens. */
  id: z.string(),
  /** What it is, in French. */
  nom: z.string(),
  /** Version of the tool (or of its main package). */
  version: z.string(),
  /** Pages checked / pages expected. */
  pages: z.number().int().nonnegative(),
  attendues: z.number().int().nonnegative(),
  violations: z.number().int().nonnegative(),
  erreurs: z.number().int().nonnegative(),
});

export const VerificationSchema = z.object({
  /** When the audit ran (ISO 8601). */
  date: z.string().min(1),
  /** True when nothing failed (no violation, no tool error, every page checked). */
  reussie: z.boolean(),
  dureeSecondes: z.number().nonnegative(),
  /** Browser used, e.g. « Chromium 156.0.8078.108 ». */
  navigateur: z.string(),
  pages: z.object({
    total: z.number().int().nonnegative(),
    standard: z.number().int().nonnegative(),
    falc: z.number().int().nonnegative(),
  }),
  outils: z.array(VerificationToolSchema),
  /** Versions of every package involved. */
  versions: z.record(z.string(), z.string()),
  /** Violations left after the ignores. */
  violations: z.number().int().nonnegative(),
  /** Violations matched by an ignore entry, and the number of entries. */
  ignorees: z.number().int().nonnegative(),
  ignores: z.number().int().nonnegative(),
  /** RGAA criteria (e.g. « 3.2 ») failed by at least one automated check. */
  criteresEnEchec: z.array(z.string().regex(/^\d{1,2}\.\d{1,2}$/)),
  /** Violations that no RGAA criterion is known for (they still mean the site has a problem). */
  violationsNonRattachees: z.number().int().nonnegative(),
});

export type Verification = z.infer<typeof VerificationSchema>;

/** The recorded verification, or `undefined` when no automated audit has been recorded yet. */
export function readVerification(path = VERIFICATION_FILE): Verification | undefined {
  if (!existsSync(path)) return undefined;
  const data: unknown = parse(readFileSync(path, 'utf8'));
  if (data === null || data === undefined) return undefined;
  const result = VerificationSchema.safeParse(data);
  if (!result.success) {
    throw new Error(
      `${path} est mal formé (${result.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}). ` +
        'Réécrivez-le avec « npm run audit -- --enregistrer ».',
    );
  }
  return result.data;
}
