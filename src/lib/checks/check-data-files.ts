/**
 * The data files the build reads besides the pages, checked like the pages'
 * front matter, with the same French messages at the line of the field:
 * `content/site.yaml` (required) and the accessibility statement's files in
 * `content/accessibilite/` (optional: the statement has defaults). Without
 * this, a mistake there stopped Astro's build in English, with a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { SiteConfigSchema, type SiteConfig } from '../site-config.ts';
import { checkIdentity } from '../identity/check-identity.ts';
import { AUDIT_FILE, AuditGridSchema, DECLARATION_FILE, DeclarationSchema } from '../accessibility/files.ts';
import { VERIFICATION_FILE, VerificationSchema } from '../accessibility/verification.ts';
import { frenchMessage } from './zod-messages.ts';
import { lineOfPath, parseFrontMatterSource } from './yaml-lines.ts';
import { yamlProblem } from './yaml-errors.ts';

interface DataFile {
  path: string;
  schema: z.ZodType;
  required: boolean;
  /** What the schema cannot see, once the file has the right shape: a problem and the field to change. */
  check?: (data: never, root: string) => { path: (string | number)[]; message: string }[];
}

export const DATA_FILE_SCHEMAS: readonly DataFile[] = [
  // The organisation's colours (contrast) and logo (a safe SVG file): src/lib/identity/.
  { path: 'content/site.yaml', schema: SiteConfigSchema, required: true, check: (site: SiteConfig, root) => checkIdentity(site.identite, root) },
  { path: AUDIT_FILE, schema: AuditGridSchema, required: false },
  { path: DECLARATION_FILE, schema: DeclarationSchema, required: false },
  { path: VERIFICATION_FILE, schema: VerificationSchema, required: false },
];

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function checkDataFile(root: string, { path, schema, required, check }: DataFile): ContentIssue[] {
  const error = (message: string, line?: number, column?: number): ContentIssue[] => [{ file: path, line, column, severity: 'error', message }];
  if (!existsSync(join(root, path))) {
    return required ? error('Ce fichier de réglages manque : la construction en a besoin. Reprenez-le de la version précédente du projet.') : [];
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(root, path))).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return error('Ce fichier n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 dans votre éditeur (menu « Encodage »).');
  }
  const source = parseFrontMatterSource(text, 1);
  const yamlError = source.doc.errors[0];
  if (yamlError) {
    const problem = yamlProblem(text, yamlError);
    return error(`Le fichier est mal écrit : ${problem.explanation}.`, problem.line, problem.column);
  }
  let data: unknown;
  try {
    data = source.doc.toJS() ?? {};
  } catch {
    return error('Le fichier est mal écrit (un « * » ou un « & » en début de valeur). Mettez cette valeur entre guillemets.');
  }
  const result = schema.safeParse(data);
  if (result.success) {
    return (check?.(result.data as never, root) ?? []).map((issue) => ({
      file: path, line: lineOfPath(source, issue.path), severity: 'error' as const, message: issue.message,
    }));
  }
  return result.error.issues.map((issue) => ({
    // A misspelt field: the line of that field, not of its group.
    file: path, line: lineOfPath(source, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path), severity: 'error' as const,
    message: frenchMessage(issue, valueAt(data, issue.path)).replace('dans l’en-tête', 'dans le fichier'),
  }));
}

export function checkDataFiles(root: string): ContentIssue[] {
  return DATA_FILE_SCHEMAS.flatMap((file) => checkDataFile(root, file));
}
