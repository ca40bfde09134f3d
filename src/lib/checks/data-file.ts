/**
 * One data file the build reads besides the pages (`content/site.yaml`, the
 * accessibility statement's files), read and checked like a page's front matter:
 * French messages at the line of the field. Used by the content check
 * (check-data-files.ts) and by the site's own reader of its settings
 * (site-config.ts), so that a mistake says the same thing wherever it is found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { frenchMessage } from './zod-messages.ts';
import { lineOfPath, parseFrontMatterSource } from './yaml-lines.ts';
import { yamlProblem } from './yaml-errors.ts';

export interface DataFile<Schema extends z.ZodType = z.ZodType> {
  /** Path from the project root, e.g. `content/site.yaml`. */
  path: string;
  schema: Schema;
  required: boolean;
  /** What the schema cannot see, once the file has the right shape: a problem and the field to change. */
  check?: (data: z.output<Schema>, root: string) => { path: (string | number)[]; message: string }[];
}

/** The file's issues, and its data as the schema gives it when there are none (undefined for a missing optional file). */
export interface DataFileReading<Schema extends z.ZodType> {
  issues: ContentIssue[];
  data?: z.output<Schema> | undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

export function readDataFile<Schema extends z.ZodType>(root: string, { path, schema, required, check }: DataFile<Schema>): DataFileReading<Schema> {
  const error = (message: string, line?: number, column?: number) => ({ issues: [{ file: path, line, column, severity: 'error' as const, message }] });
  if (!existsSync(join(root, path))) {
    return required ? error('Ce fichier de réglages manque : la construction en a besoin. Reprenez-le de la version précédente du projet.') : { issues: [] };
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
    const issues = (check?.(result.data, root) ?? []).map((issue) => ({
      file: path, line: lineOfPath(source, issue.path), severity: 'error' as const, message: issue.message,
    }));
    return issues.length > 0 ? { issues } : { issues, data: result.data };
  }
  return {
    issues: result.error.issues.map((issue) => ({
      // A misspelt field: the line of that field, not of its group.
      file: path, line: lineOfPath(source, issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path), severity: 'error' as const,
      message: frenchMessage(issue, valueAt(data, issue.path)).replace('dans l’en-tête', 'dans le fichier'),
    })),
  };
}
