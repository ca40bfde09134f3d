import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFrontMatter } from './front-matter.ts';

/** Reading a file: its text, or a French explanation of why it cannot be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Read a Markdown file as UTF-8 text. A missing file, a folder, a binary
 * file (NUL bytes) or a file that is not valid UTF-8 gives a French message
 * for the editor instead of an exception.
 */
export function readMarkdown(path: string): ReadResult {
  let buffer: Buffer;
  try {
    if (statSync(path).isDirectory()) return { ok: false, error: 'C’est un dossier, pas un fichier Markdown.' };
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, error: 'Fichier introuvable : vérifiez le chemin.' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, error: 'Fichier illisible : vous n’avez pas le droit de le lire.' };
    return { ok: false, error: `Fichier illisible (${code ?? 'erreur inconnue'}).` };
  }
  if (buffer.includes(0)) return { ok: false, error: 'Fichier binaire : ce n’est pas un texte Markdown.' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { ok: false, error: 'Fichier qui n’est pas en UTF-8 : enregistrez-le en UTF-8.' };
  }
}

/**
 * Markdown files to lint: each path that is a folder gives its `*.md` files,
 * recursively, sorted; a file is kept as given (even if missing, so that the
 * CLI reports it).
 */
export function collectMarkdown(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      isFolder = false;
    }
    if (isFolder) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && entry.name.endsWith('.md')) found.push(path);
  }
  return found;
}

/**
 * Glossary terms (`terme` and its variants `formes` of each
 * `content/glossaire/*.md`), or none when the folder does not exist. A term is
 * explained on every page by a link.
 */
export function loadGlossary(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const terms: string[] = [];
  for (const file of collectMarkdown([folder])) {
    const read = readMarkdown(file);
    if (!read.ok) continue;
    terms.push(...glossaryTermsOf(readFrontMatter(read.text)?.data));
  }
  return terms;
}

/**
 * The words a glossary entry explains: its `terme` and its `formes` (« habitats
 * inclusifs », « Eden 62 »), which the site links as well.
 */
export function glossaryTermsOf(data: Record<string, unknown> | undefined): string[] {
  const forms = Array.isArray(data?.['formes']) ? data['formes'] : [];
  return [data?.['terme'], ...forms].flatMap((term) => (typeof term === 'string' && term.trim() !== '' ? [term.trim()] : []));
}

/** Root of the project (this file is `src/lib/falc/files.ts`). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
