/**
 * The statement's data files in `content/accessibilite/`, read and checked with
 * French messages: the human audit grid (`audit.yaml`) and the statement's own
 * fields (`declaration.yaml`). The automated result is in `verification.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { webAddress } from '../../schemas/web-address.ts';
import type { HumanAudit } from './status.ts';

export const AUDIT_FILE = 'content/accessibilite/audit.yaml';
export const DECLARATION_FILE = 'content/accessibilite/declaration.yaml';

const day = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Écrivez la date sous la forme AAAA-MM-JJ.'));

const optionalText = z.string().nullish().transform((v) => v?.trim() || undefined);

export const GridEntrySchema = z.object({
  /** Criterion number, in quotes: "1.1", "10.10". */
  critere: z.string({ error: 'Écrivez le numéro du critère entre guillemets, par exemple critere: "10.10".' }).regex(/^\d{1,2}\.\d{1,2}$/),
  /** C (conforme), NC (non conforme), NA (non applicable). */
  statut: z.enum(['C', 'NC', 'NA'], { error: 'Le statut d’un critère est C, NC ou NA.' }),
  commentaire: optionalText,
});

export const AuditGridSchema = z.object({
  date: day.nullish().transform((v) => v ?? undefined),
  auditeur: optionalText,
  /** User agents and assistive technologies used (e.g. « NVDA 2024.4 et Firefox 128 »). */
  environnement: z.array(z.string()).nullish().transform((v) => v ?? []),
  /** Pages of the sample actually audited, when they differ from the generated sample. */
  pages: z.array(z.string()).nullish().transform((v) => v ?? []),
  criteres: z.array(GridEntrySchema).nullish().transform((v) => v ?? []),
});

export type AuditGrid = z.infer<typeof AuditGridSchema>;

const Exemption = z.object({ contenu: z.string().min(1), raison: z.string().min(1), alternative: optionalText });

export const DeclarationSchema = z.object({
  /** Date the statement was first published (AAAA-MM-JJ), or empty until then. */
  etablieLe: day.nullish().transform((v) => v ?? undefined),
  /** Links to the multi-year accessibility plan and this year's action plan, once published. */
  schemaPluriannuel: webAddress().nullish().transform((v) => v ?? undefined),
  planAction: webAddress().nullish().transform((v) => v ?? undefined),
  /** Technologies the site relies on. */
  technologies: z.array(z.string().min(1)).min(1),
  /** Disproportionate-burden exemptions, and content outside the scope of the law. */
  derogations: z.array(Exemption).nullish().transform((v) => v ?? []),
  contenusNonSoumis: z.array(Exemption.omit({ alternative: true })).nullish().transform((v) => v ?? []),
});

export type Declaration = z.infer<typeof DeclarationSchema>;

function readYaml<T>(path: string, schema: z.ZodType<T>, fallback: unknown): T {
  const data: unknown = existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? fallback) : fallback;
  const result = schema.safeParse(data);
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.') || '(fichier)'} : ${i.message}`).join(' ; ');
    throw new Error(`${path} est mal formé — ${where}`);
  }
  return result.data;
}

export function readAuditGrid(path = AUDIT_FILE): AuditGrid {
  return readYaml(path, AuditGridSchema, {});
}

export function readDeclaration(path = DECLARATION_FILE): Declaration {
  return readYaml(path, DeclarationSchema, { technologies: ['HTML', 'CSS'] });
}

export function toHumanAudit(grid: AuditGrid): HumanAudit {
  return { date: grid.date, auditeur: grid.auditeur, criteres: grid.criteres };
}
