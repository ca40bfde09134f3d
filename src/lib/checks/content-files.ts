/**
 * Reads every Markdown file of `content/` for the editors' check, and reports
 * what makes a file unreadable before any rule runs: empty, binary, not UTF-8,
 * too big, no front matter, broken YAML. BOM and CRLF line endings are accepted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { parseFrontMatterSource, type FrontMatterSource } from './yaml-lines.ts';
import { yamlProblem } from './yaml-errors.ts';
import { digest, remember, type CheckMemo } from './check-memo.ts';
import { pageFolders } from './shape-of.ts';

/** A page is text: above this size it is a mistake (a pasted export, a binary), not a page. */
export const MAX_FILE_BYTES = 1024 * 1024;

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

const FRONT_MATTER = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/;

function listMarkdown(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `${folder}/${f}`);
}

/** With a memo (the dev server), a file whose bytes did not change is not parsed again. */
export function readContentFiles(root: string, memo?: CheckMemo): { files: ContentFile[]; issues: ContentIssue[] } {
  const files: ContentFile[] = [];
  const issues: ContentIssue[] = [];
  const folders = pageFolders(root);
  const paths = [
    ...folders.standard.flatMap((c) => listMarkdown(root, `content/${c}`)),
    ...folders.falc.flatMap((c) => listMarkdown(root, `content/falc/${c}`)),
  ];
  for (const path of paths) {
    const result = readOne(root, path, memo);
    if ('issue' in result) issues.push(result.issue);
    else files.push(result.file);
  }
  return { files, issues };
}

/** The readable files of one folder of content/ only (the glossary, the pactes…), for tools that need no other. */
export function readCollectionFiles(root: string, collection: string): ContentFile[] {
  return listMarkdown(root, `content/${collection}`).flatMap((path) => {
    const result = readOne(root, path, undefined);
    return 'file' in result ? [result.file] : [];
  });
}

function readOne(root: string, path: string, memo: CheckMemo | undefined): { file: ContentFile } | { issue: ContentIssue } {
  const size = statSync(join(root, path)).size;
  if (size > MAX_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    return { issue: { file: path, severity: 'error', message: `Fichier trop gros (${mb} Mo) : une page fait au plus 1 Mo. Vérifiez qu’il s’agit bien d’une page en Markdown, ou coupez-la.` } };
  }
  const bytes = readFileSync(join(root, path));
  return remember(memo, () => `parse\0${path}\0${digest(bytes)}`, () => parseContentFile(path, bytes));
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
  const match = FRONT_MATTER.exec(text);
  if (!match && /^---[ \t]*\n/.test(text)) {
    return fail('L’en-tête n’est pas fermé : ajoutez une ligne « --- » après le dernier champ, avant le texte de la page.', 1);
  }
  if (!match) {
    return fail('L’en-tête manque : la page doit commencer par une ligne « --- », les champs (titre: …), puis une autre ligne « --- ».', 1);
  }
  const source = parseFrontMatterSource(match[1] ?? '', 2);
  const yamlError = source.doc.errors[0];
  if (yamlError) {
    const problem = yamlProblem(source.yaml, yamlError);
    return failAt(`L’en-tête est mal écrit : ${problem.explanation}.`, 2 + problem.line - 1, problem.column);
  }
  let value: unknown;
  try {
    value = source.doc.toJS();
  } catch {
    // e.g. `*nom` (a YAML alias) written where a text was meant.
    return fail('L’en-tête est mal écrit (un « * » ou un « & » en début de valeur). Mettez cette valeur entre guillemets.', 2);
  }
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const collection = path.replace(/^content\//, '').replace(/\/[^/]+\.md$/, '');
  const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    file: {
      path, collection, id, text, source, data,
      body: text.slice(match[0].length),
      bodyLine: match[0].split('\n').length,
    },
  };
}
