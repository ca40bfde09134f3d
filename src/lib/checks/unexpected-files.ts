/**
 * Every file under `content/` is either read by the build or reported here:
 * a page saved as `.mdx`, `.MD` or `.markdown`, or put in a folder the site does
 * not read, would silently disappear from the site. Images (the formats the
 * check accepts) may sit anywhere, next to the pages that use them. A name with
 * spaces or accents works badly in addresses and on some computers: the
 * message gives the name to use.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { pageFolders } from './shape-of.ts';
import { slugify } from '../slug.ts';
import { DATA_FILE_SCHEMAS } from './check-data-files.ts';
import { PICTOGRAMS_FILE } from '../pictograms/pictograms.ts';

// Data files read by the build: each is checked by its own module (check-data-files.ts, check-pictograms.ts).
const DATA_FILES = [...DATA_FILE_SCHEMAS.map((f) => f.path), PICTOGRAMS_FILE];
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);
const MARKDOWN_LIKE = /\.(md|mdx|markdown|mdown|txt)$/i;

function walk(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(root, `${folder}/${e.name}`) : [`${folder}/${e.name}`]);
}

/** The name to give a file: lower-case ASCII, words joined by « - », same extension. */
function cleanName(name: string): string {
  const extension = extname(name);
  return `${slugify(name.slice(0, name.length - extension.length)) || 'fichier'}${extension.toLowerCase()}`;
}

export function checkUnexpectedFiles(root: string): ContentIssue[] {
  if (!existsSync(join(root, 'content'))) return [];
  const issues: ContentIssue[] = [];
  const folders = pageFolders(root);
  const pageFolderSet = new Set([...folders.standard.map((c) => `content/${c}`), ...folders.falc.map((c) => `content/falc/${c}`)]);
  for (const path of walk(root, 'content').sort()) {
    const folder = path.slice(0, path.lastIndexOf('/'));
    const name = basename(path);
    const isPage = pageFolderSet.has(folder) && name.endsWith('.md');
    if (isPage || DATA_FILES.includes(path) || name === '.gitkeep') {
      if (isPage && cleanName(name) !== name) {
        issues.push({ file: path, severity: 'error', message: `Nom de fichier avec des espaces, des accents ou des majuscules : il devient l’adresse de la page. Renommez le fichier « ${cleanName(name)} ».` });
      }
      continue;
    }
    if (IMAGE_EXTENSIONS.has(extname(name).toLowerCase())) {
      if (cleanName(name) !== name) {
        issues.push({ file: path, severity: 'warning', message: `Nom d’image avec des espaces, des accents ou des majuscules : il s’écrit mal dans un chemin. Renommez le fichier « ${cleanName(name)} » et corrigez le chemin qui le cite.` });
      }
      continue;
    }
    if (MARKDOWN_LIKE.test(name)) {
      const where = pageFolderSet.has(folder)
        ? `Renommez-le « ${cleanName(name).replace(/\.[^.]+$/, '.md')} » (extension .md en minuscules).`
        : `Rangez-le dans un des dossiers des pages : ${[...pageFolderSet].map((f) => f.replace(/^content\//, '')).join(', ')}.`;
      issues.push({ file: path, severity: 'error', message: `Ce fichier n’est pas lu : la page qu’il contient ne serait pas publiée. ${where}` });
    } else {
      issues.push({ file: path, severity: 'warning', message: 'Fichier inattendu, ni lu ni publié par le site. Retirez-le du dossier content/ (une image se publie en JPEG, PNG, WebP ou AVIF).' });
    }
  }
  return issues;
}
