/**
 * Example values that must not be published (issue 18, point 5): the starter
 * content ships accessibilite@example.org and « Service à préciser (exemple à
 * remplacer) » so that the site builds before the Département fills them in.
 * `npm run build` warns while any remains; `npm run publier:verifier` fails.
 *
 * Looked for in what is published: the values of content/ (YAML values and
 * Markdown text, never YAML comments, which explain what to replace) and every
 * text file of the built site (pages, sitemap, robots.txt…).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { lineAt, splitFrontMatter } from '../../model/front-matter.ts';

/** Compared in lower case: « À préciser » is found too. */
export const PLACEHOLDERS = ['example.org', 'à remplacer', 'à préciser'] as const;

export interface PlaceholderHit {
  /** Path from the project root (`content/site.yaml`, `dist/accessibilite/index.html`). */
  file: string;
  /** 1-based; for a built file, the line of the first occurrence. */
  line: number;
  placeholder: string;
}

/** Whether a text holds a placeholder anywhere: most files hold none, and are then read no further. */
const mentionsPlaceholder = (text: string) => {
  const lower = text.toLowerCase();
  return PLACEHOLDERS.some((p) => lower.includes(p));
};

/** The placeholders written in a text, each with the 1-based line of each occurrence. */
export function placeholdersIn(text: string): { placeholder: string; line: number }[] {
  if (!mentionsPlaceholder(text)) return [];
  const lines = text.split('\n');
  return lines.flatMap((line, index) => {
    const lower = line.toLowerCase();
    return PLACEHOLDERS.filter((p) => lower.includes(p)).map((placeholder) => ({ placeholder, line: index + 1 }));
  });
}

/** Placeholders in the string values of a YAML text (comments left out), with their line. */
export function placeholdersInYaml(text: string, firstLine = 1): { placeholder: string; line: number }[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const hits: { placeholder: string; line: number }[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const start = lineCounter.linePos(node.range[0]).line;
      for (const hit of placeholdersIn(node.value)) hits.push({ placeholder: hit.placeholder, line: firstLine + start - 1 + (hit.line - 1) });
    },
  });
  return hits;
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(keep)
    .sort();
}

/** content/: YAML files by their values, Markdown files by their front matter values and their text. */
export function contentPlaceholders(root = '.'): PlaceholderHit[] {
  const files = filesUnder(join(root, 'content'), (f) => ['.md', '.yaml', '.yml'].includes(extname(f)));
  return files.flatMap((path) => {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (!mentionsPlaceholder(text)) return [];
    if (extname(path) !== '.md') return placeholdersInYaml(text).map((h) => ({ file, ...h }));
    const { body, bodyLine } = splitFrontMatter(text);
    // Between the opening `---` (line 1) and the closing one (the line before the body).
    const frontMatter = bodyLine > 1 ? text.split('\n').slice(1, bodyLine - 2).join('\n') : '';
    return [
      ...placeholdersInYaml(frontMatter, 2),
      ...placeholdersIn(body).map((h) => ({ ...h, line: bodyLine + h.line - 1 })),
    ].map((h) => ({ file, ...h }));
  });
}

/** Text files of the built site: what a visitor or a search engine receives. */
const BUILT_TEXT = new Set(['.html', '.xml', '.txt', '.json', '.webmanifest', '.css', '.js']);

export function builtPlaceholders(dist = 'dist', root = '.'): PlaceholderHit[] {
  const files = filesUnder(dist, (f) => BUILT_TEXT.has(extname(f)) && !relative(dist, f).startsWith('pagefind'));
  return files.flatMap((path) => firstPlaceholders(readFileSync(path, 'utf8')).map((hit) => ({ file: relative(root, path), ...hit })));
}

/**
 * Each placeholder of a text once, at the line of its first occurrence, in the order of those lines: what the build
 * says of a built file. Found in the whole text at once, not line by line: every page of a site whose address is
 * still an example holds one.
 */
function firstPlaceholders(text: string): { placeholder: string; line: number }[] {
  const lower = text.toLowerCase();
  return PLACEHOLDERS.flatMap((placeholder) => {
    const at = lower.indexOf(placeholder);
    return at < 0 ? [] : [{ placeholder, line: lineAt(lower, at) }];
  }).sort((a, b) => a.line - b.line);
}

/**
 * The editors' message: each place in content/ with its line; the built site by
 * placeholder (the site's address is in every page: one line, not a hundred).
 */
export function formatPlaceholders({ content, built }: PublicationPlaceholders): string {
  const lines = content.map((h) => `  ${h.file}:${h.line} : « ${h.placeholder} »`);
  for (const placeholder of PLACEHOLDERS) {
    const files = [...new Set(built.filter((h) => h.placeholder === placeholder).map((h) => h.file))];
    if (files.length === 0) continue;
    const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '');
    lines.push(`  site construit : « ${placeholder} » dans ${files.length} fichier${files.length > 1 ? 's' : ''} (${shown})`);
  }
  return [
    'Valeurs d’exemple à remplacer avant la mise en ligne :',
    ...lines,
    'Remplacez-les par les vraies (adresse du site, contact accessibilité, adresse postale) dans content/site.yaml',
    'et les pages de content/ indiquées, puis reconstruisez le site (npm run build).',
  ].join('\n');
}

export interface PublicationPlaceholders {
  content: PlaceholderHit[];
  built: PlaceholderHit[];
}

/** Every placeholder left in content/ and in the built site. */
export function publicationPlaceholders(root = '.', dist = join(root, 'dist')): PublicationPlaceholders {
  return { content: contentPlaceholders(root), built: builtPlaceholders(dist, root) };
}

export const placeholderCount = ({ content, built }: PublicationPlaceholders) => content.length + built.length;
