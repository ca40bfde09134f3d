/**
 * Reads every Markdown file of `content/` for the editors' check, and reports
 * what makes a file unreadable before any rule runs: empty, binary, not UTF-8,
 * too big, no front matter, broken YAML. BOM and CRLF line endings are accepted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { parseContentFile, type ContentFile } from '../../model/content-file.ts';
import { digest, memoKey, remember, type CheckMemo } from './check-memo.ts';
import { pageFolders } from './shape-of.ts';

/** A page is text: above this size it is a mistake (a pasted export, a binary), not a page. */
export const MAX_FILE_BYTES = 1024 * 1024;

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
  return remember(memo, () => memoKey('parse', path, digest(bytes)), () => parseContentFile(path, bytes));
}
