/**
 * What an editor writes in Markdown, checked before the build on the parsed
 * trees the build itself produces (src/lib/checks/markdown-tree.ts): every
 * element and attribute of the page against the allowlist, every link target
 * (pages of the site, glossary words, nothing that runs code), every image
 * (file of content/, alternative text, a format the build re-encodes), heading
 * levels, and the Markdown that would silently publish something else than
 * what was meant (an unclosed comment, a paragraph turned into code, a table
 * without its header row, an image in a front-matter field).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Nodes } from 'mdast';
import type { Element, Nodes as HastNodes } from 'hast';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from './content-files.ts';
import { checkElement, DANGEROUS_LINK, isDangerousUrl } from './raw-html.ts';
import { addressProblem, checkImageFile, type ImageProblem } from './check-image-file.ts';
import { parseMarkdown } from './markdown-tree.ts';
import { lineOfPath } from './yaml-lines.ts';
import { isPictogramName, unknownPictogramMessage } from '../../falc/pictograms.ts';

export interface SiteIndex {
  /** Every URL path of the site, both versions. */
  urls: Set<string>;
  /** Glossary ids (anchors of /glossaire/). */
  glossary: Set<string>;
  /** Is this URL path a file of `public/` (a PDF, a licence text…), published as it is? */
  isPublicFile: (path: string) => boolean;
}

/** Lowest heading level allowed in a body: an ambition's body sits under an h2 section. */
function minimumHeading(collection: string): number {
  return collection === 'ambitions' ? 3 : 2;
}

function walk<N extends object>(node: N, visit: (n: N) => void): void {
  visit(node);
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children) walk(child as N, visit);
}

interface Place {
  line: (nodeLine: number | undefined) => number | undefined;
  column: (nodeColumn: number | undefined) => number | undefined;
}

type Kind = 'body' | 'field';

async function checkTree(markdown: string, file: ContentFile, root: string, site: SiteIndex, place: Place, kind: Kind): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  const { mdast, hast } = parseMarkdown(markdown, kind);
  const add = (node: { position?: { start: { line: number; column: number } } | undefined }, message: string, severity: ContentIssue['severity'] = 'error') =>
    issues.push({ file: file.path, line: place.line(node.position?.start.line), column: place.column(node.position?.start.column), severity, message });

  let previousLevel = minimumHeading(file.collection) - 1;
  walk<Nodes>(mdast, (node) => {
    if (node.type === 'heading' && kind === 'body') {
      const min = minimumHeading(file.collection);
      if (node.depth < min) {
        add(node, `Titre de niveau ${node.depth} (${'#'.repeat(node.depth)}) : ici les titres commencent à « ${'#'.repeat(min)} » (le titre de la page vient de l’en-tête). Ajoutez des « # ».`);
      } else if (node.depth > previousLevel + 1) {
        add(node, `Niveau de titre sauté : « ${'#'.repeat(node.depth)} » après « ${'#'.repeat(previousLevel)} ». Utilisez « ${'#'.repeat(previousLevel + 1)} ».`);
      }
      previousLevel = node.depth;
      const first = node.children[0];
      const pictogram = first?.type === 'text' ? /^\s*:([a-z0-9-]+):/.exec(first.value)?.[1] : undefined;
      if (pictogram && file.collection.startsWith('falc/') && !isPictogramName(pictogram, root)) {
        add(node, unknownPictogramMessage(`:${pictogram}:`));
      }
    } else if ((node.type === 'image' || node.type === 'imageReference') && kind === 'field') {
      add(node, 'Image dans un champ de l’en-tête : elle ne serait pas publiée. Mettez la photo dans le champ « image » (src, alt, credit) ou dans le texte sous l’en-tête.');
    }
  });

  for (const problem of markdownThatChanges(mdast, markdown)) add(problem.node, problem.message);

  // Elements parsed from raw HTML lie inside the source range of an `html` node of the Markdown tree.
  const rawRanges: [number, number][] = [];
  walk<Nodes>(mdast, (node) => {
    if (node.type === 'html' && node.position) rawRanges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
  });
  const written = (node: Element) => {
    const offset = node.position?.start.offset;
    return offset !== undefined && rawRanges.some(([start, end]) => offset >= start && offset < end);
  };

  const images: Promise<void>[] = [];
  walk<HastNodes>(hast, (node) => {
    if (node.type !== 'element') return;
    for (const message of checkElement(node, written(node))) add(node, message);
    if (node.tagName === 'a' && node.properties.href !== undefined) {
      const problem = checkLink(String(node.properties.href), site);
      if (problem) add(node, problem);
    } else if (node.tagName === 'img' && kind === 'body') {
      images.push(checkImage(node, file, root).then((problems) => problems.forEach((p) => add(node, p.message, p.severity))));
    }
  });
  // Only when there is something to wait for: a paused call keeps its page's trees alive, and the content
  // check starts every file's call before any resumes (all the report's trees at once: 1.9 GB at 4 000 ambitions).
  if (images.length > 0) await Promise.all(images);
  return issues;
}

interface Change {
  node: { position?: { start: { line: number; column: number } } | undefined };
  message: string;
}

/** Markdown that the build would publish differently from what the editor meant. */
function markdownThatChanges(mdast: Nodes, markdown: string): Change[] {
  const changes: Change[] = [];
  const sourceOf = (node: Nodes) => markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  walk<Nodes>(mdast, (node) => {
    if (node.type === 'html' && node.value.includes('<!--') && !node.value.slice(node.value.lastIndexOf('<!--')).includes('-->')) {
      changes.push({ node, message: 'Commentaire « <!-- » jamais fermé : tout le texte qui suit disparaîtrait de la page. Fermez-le par « --> » sur la même ligne ou plus bas.' });
    } else if (node.type === 'code' && !/^\s*(```|~~~)/.test(sourceOf(node))) {
      changes.push({ node, message: 'Texte décalé de 4 espaces (ou d’une tabulation) : il serait publié comme du code informatique. Retirez les espaces en début de ligne.' });
    } else if (node.type === 'paragraph') {
      const lines = sourceOf(node).split('\n').map((l) => l.trim());
      if (lines.length > 1 && lines.every((l) => l.startsWith('|') && l.endsWith('|'))) {
        changes.push({ node, message: 'Tableau sans ligne d’en-tête : il serait publié comme du texte avec des « | ». Ajoutez sous la première ligne (les titres des colonnes) une ligne « | --- | --- | », un « --- » par colonne.' });
      }
    }
  });
  return changes;
}

function checkLink(url: string, site: SiteIndex): string | undefined {
  if (isDangerousUrl(url)) return DANGEROUS_LINK;
  if (/^(https?:|mailto:|tel:)/i.test(url) || url.startsWith('#')) return undefined;
  if (!url.startsWith('/')) return `Lien « ${url} » : écrivez l’adresse complète depuis la racine du site, par exemple « /solidarites-territoriales/ambition-1/ ».`;
  const [path = '', fragment] = url.split('#');
  // A file published as it is (public/licences/…txt): it must exist.
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) {
    return site.isPublicFile(path) ? undefined : `Lien vers un fichier qui n’existe pas : « ${url} ». Mettez le fichier dans public${path} ou corrigez l’adresse.`;
  }
  const normalised = path.endsWith('/') || path.endsWith('.html') ? path : `${path}/`;
  if (!site.urls.has(normalised)) return `Lien vers une page qui n’existe pas : « ${url} ». Vérifiez l’adresse dans le plan du site.`;
  if (fragment && /\/glossaire\/$/.test(normalised)) {
    const id = fragment.replace(/^mot-/, '');
    if (!site.glossary.has(id)) return `Mot du glossaire inconnu : « ${fragment} ». Ajoutez-le dans content/glossaire/${id}.md ou corrigez le lien.`;
  }
  return undefined;
}

async function checkImage(img: Element, file: ContentFile, root: string): Promise<ImageProblem[]> {
  const url = String(img.properties.src ?? '');
  const address = addressProblem(url);
  if (address) return [{ severity: 'error', message: address }];
  if (String(img.properties.alt ?? '').trim() === '') {
    return [{ severity: 'error', message: `Image sans texte de remplacement : écrivez entre les crochets ce que montre l’image, par exemple « ![Des collégiens plantent un arbre](${url}) ».` }];
  }
  return checkImageFile(url, file.path, root);
}

/** Markdown fields of an ambition's front matter: checked like the body, at the field's line. */
function markdownFields(file: ContentFile): { path: PropertyKey[]; text: string }[] {
  if (file.collection !== 'ambitions') return [];
  const d = file.data as { actions?: unknown; temoignages?: unknown; chiffres?: unknown; perspectives?: unknown };
  const fields: { path: PropertyKey[]; text: string }[] = [];
  const push = (path: PropertyKey[], value: unknown) => typeof value === 'string' && fields.push({ path, text: value });
  if (Array.isArray(d.actions)) d.actions.forEach((a, i) => push(['actions', i], a));
  if (Array.isArray(d.temoignages)) d.temoignages.forEach((t, i) => push(['temoignages', i, 'citation'], (t as { citation?: unknown })?.citation));
  if (Array.isArray(d.chiffres)) d.chiffres.forEach((c, i) => push(['chiffres', i, 'libelle'], (c as { libelle?: unknown })?.libelle));
  push(['perspectives'], d.perspectives);
  return fields;
}

/** An ambition's photo (`image.src`): the same rules as an image in the text. */
async function checkPhoto(file: ContentFile, root: string): Promise<ContentIssue[]> {
  const src = (file.data.image as { src?: unknown } | undefined)?.src;
  if (file.collection !== 'ambitions' || typeof src !== 'string' || src.trim() === '') return [];
  const line = lineOfPath(file.source, ['image', 'src']);
  return (await checkImageFile(src, file.path, root)).map((p) => ({ file: file.path, line, severity: p.severity, message: p.message }));
}

export async function checkMarkdown(file: ContentFile, root: string, site: SiteIndex): Promise<ContentIssue[]> {
  const body = checkTree(file.body, file, root, site, {
    line: (l) => (l === undefined ? undefined : file.bodyLine + l - 1),
    column: (c) => c,
  }, 'body');
  const fields = markdownFields(file).map(({ path, text }) => {
    const line = lineOfPath(file.source, path);
    return checkTree(text, file, root, site, { line: () => line, column: () => undefined }, 'field');
  });
  return (await Promise.all([body, ...fields, checkPhoto(file, root)])).flat();
}

/** Every URL of the site, from the content files (both versions). */
export function siteIndex(files: readonly ContentFile[], root: string): SiteIndex {
  const urls = new Set<string>(['/', '/404.html', '/glossaire/', '/accessibilite/']);
  for (const f of files) {
    if (f.collection === 'pages' && f.id !== 'accueil' && f.id !== '404') urls.add(`/${f.id}/`);
    if (f.collection === 'pactes') urls.add(`/${f.id}/`);
    if (f.collection === 'thematiques') urls.add(`/thematiques/${f.id}/`);
    if (f.collection === 'ambitions' && typeof f.data.pacte === 'string' && typeof f.data.numero === 'number') {
      urls.add(`/${f.data.pacte}/ambition-${f.data.numero}/`);
    }
  }
  for (const url of [...urls]) urls.add(url === '/404.html' ? '/facile-a-lire/404/' : `/facile-a-lire${url}`);
  const glossary = new Set(files.filter((f) => f.collection === 'glossaire').map((f) => f.id));
  const publicDir = resolve(root, 'public');
  const isPublicFile = (path: string) => {
    const file = resolve(publicDir, `.${decodeURI(path)}`);
    return file.startsWith(`${publicDir}${sep}`) && existsSync(file) && statSync(file).isFile();
  };
  return { urls, glossary, isPublicFile };
}

