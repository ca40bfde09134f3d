/**
 * A content page as the site and the editors' check both read it: its text
 * (BOM removed, line endings \n), its parsed header with positions, its fields
 * and its body, or the French reason it cannot be read. Astro's loader
 * (src/model/content-loader.ts) takes the fields and body from here, so the
 * site publishes exactly what the check checked.
 */
import type { ContentIssue } from '../lib/pairing/check-pairs.ts';
import type { FrontMatterSource } from '../lib/checks/yaml-lines.ts';
import { yamlProblem } from '../lib/checks/yaml-errors.ts';
import { fieldsOf, opensFrontMatter, readFrontMatter } from './front-matter.ts';

export interface ContentFile {
  /** Path from the project root, e.g. `content/ambitions/st-01.md`. */
  path: string;
  /** `ambitions`, or `falc/ambitions` for a FALC page. */
  collection: string;
  id: string;
  /** Text with BOM removed and line endings normalised to \n. */
  text: string;
  source: FrontMatterSource;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
}

/** Parses one content file from its bytes; `path` is relative to the project root. */
export function parseContentFile(path: string, bytes: Uint8Array): { file: ContentFile } | { issue: ContentIssue } {
  const failAt = (message: string, line?: number, column?: number) => ({ issue: { file: path, line, column, severity: 'error' as const, message } });
  const fail = (message: string, line?: number) => failAt(message, line);
  if (bytes.length === 0 || new TextDecoder().decode(bytes).trim() === '') {
    return fail('Fichier vide : écrivez l’en-tête (entre deux lignes « --- ») et le texte de la page, ou supprimez le fichier.');
  }
  if (bytes.includes(0)) return fail('Ce fichier n’est pas un texte (c’est peut-être une image ou un document Word) : enregistrez la page au format texte Markdown.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('Ce fichier n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 dans votre éditeur (menu « Encodage »).');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const header = readFrontMatter(text);
  if (!header && opensFrontMatter(text)) {
    return fail('L’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ, avant le texte de la page.', 1);
  }
  if (!header) {
    return fail('L’en-tête manque : la page doit commencer par une ligne « --- », les champs (titre: …), puis une autre ligne « --- ».', 1);
  }
  const source: FrontMatterSource = { doc: header.doc, yaml: header.yaml, firstLine: header.yamlLine };
  const yamlError = source.doc.errors[0];
  if (yamlError) {
    const problem = yamlProblem(source.yaml, yamlError);
    return failAt(`L’en-tête est mal écrit : ${problem.explanation}.`, header.yamlLine + problem.line - 1, problem.column);
  }
  let data: Record<string, unknown>;
  try {
    data = fieldsOf(source.doc);
  } catch {
    // e.g. `*nom` (a YAML alias) written where a text was meant.
    return fail('L’en-tête est mal écrit (un « * » ou un « & » en début de valeur). Mettez cette valeur entre guillemets.', header.yamlLine);
  }
  const collection = path.replace(/^content\//, '').replace(/\/[^/]+\.md$/, '');
  const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    file: {
      path, collection, id, text, source, data,
      body: header.body,
      bodyLine: header.bodyLine,
    },
  };
}
