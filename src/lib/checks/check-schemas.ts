/**
 * Front matter against the collection's schema (the same zod schemas Astro uses),
 * with every problem said in French at the line of its field. A field the schema
 * does not know is an error too: it is nearly always a misspelt name, and Astro
 * would silently drop it.
 */
import type { z } from 'astro/zod';
import { ThematiqueSchema } from '../../schemas/thematique.ts';
import { falcPageSchema, groupSchema, leafSchema, pageSchema, topLevelSchema } from '../../schemas/levels.ts';
import { GlossaryTermSchema } from '../../schemas/glossary-term.ts';
import { levelOfRole, type ReportShape } from '../../model/report-shape.ts';
import { shapeOf } from './shape-of.ts';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from '../../model/content-file.ts';
import { frenchMessage } from './zod-messages.ts';
import { lineOfPath } from './yaml-lines.ts';

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** The schema of each folder of content/, from the report's shape in `root`. */
function schemasOf(shape: ReportShape): Record<string, AnyObject> {
  const schemas: Record<string, unknown> = {
    [levelOfRole(shape, 'top')!.dossier]: topLevelSchema(shape),
    [levelOfRole(shape, 'leaf')!.dossier]: leafSchema(shape),
    pages: pageSchema(shape),
    glossaire: GlossaryTermSchema,
    falc: falcPageSchema(shape),
  };
  const group = levelOfRole(shape, 'group');
  if (group) schemas[group.dossier] = groupSchema(shape);
  if (shape.transversales) schemas[shape.transversales.dossier] = ThematiqueSchema;
  return schemas as Record<string, AnyObject>;
}

const known = new WeakMap<ReportShape, Record<string, AnyObject>>();

/**
 * The schema of a file of `collection` (its folder, `falc/<folder>` for a FALC
 * twin) in the project at `root`; none while content/rapport.yaml is broken
 * (check-data-files.ts says so), but for the glossary.
 */
export function schemaFor(collection: string, root = '.'): AnyObject | undefined {
  const shape = shapeOf(root);
  if (!shape) return collection === 'glossaire' ? (GlossaryTermSchema as unknown as AnyObject) : undefined;
  let schemas = known.get(shape);
  if (!schemas) known.set(shape, (schemas = schemasOf(shape)));
  return schemas[collection.startsWith('falc/') ? 'falc' : collection];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** The closest known field name, to suggest a correction for a typo. */
function closest(name: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const best = known.map((k) => [k, distance(name.toLowerCase(), k.toLowerCase())] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? best[0] : undefined;
}

export function checkSchema(file: ContentFile, root = '.'): ContentIssue[] {
  const schema = schemaFor(file.collection, root);
  if (!schema) return [];
  const issues: ContentIssue[] = [];
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(file.data)) {
    if (known.includes(key)) continue;
    const guess = closest(key, known);
    issues.push({
      file: file.path, line: lineOfPath(file.source, [key]), severity: 'error',
      message: `Champ inconnu « ${key} »${guess ? ` : vouliez-vous écrire « ${guess} » ?` : '.'} Champs possibles : ${known.join(', ')}.`,
    });
  }
  const result = schema.safeParse(file.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({
        file: file.path, line: lineOfPath(file.source, issue.path), severity: 'error',
        message: frenchMessage(issue, valueAt(file.data, issue.path)),
      });
    }
  }
  return issues;
}
