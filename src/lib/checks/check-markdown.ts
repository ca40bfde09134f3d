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
import type { ContentFile } from '../../model/content-file.ts';
import { checkElement, DANGEROUS_LINK, isDangerousUrl } from './raw-html.ts';
import { addressProblem, checkImageFile, type ImageProblem } from './check-image-file.ts';
import { parseMarkdown } from './markdown-tree.ts';
import { textLoss, type TextLoss } from './text-loss.ts';
import { lineOfPath } from './yaml-lines.ts';
import { createRouteTable } from '../../routes/route-table.ts';
import { leafLevel } from '../../model/report-shape.ts';
import { folderOf, shapeOf } from './shape-of.ts';
import { isPictogramName, unknownPictogramMessage } from '../pictograms/pictograms.ts';

export interface SiteIndex {
  /** Every URL path of the site, both versions; undefined when the report's shape cannot be read. */
  urls: Set<string> | undefined;
  /** Glossary ids (anchors of /glossaire/). */
  glossary: Set<string>;
  /** Is this URL path a file of `public/` (a PDF, a licence text…), published as it is? */
  isPublicFile: (path: string) => boolean;
}

/** Lowest heading level allowed in a body: a leaf's body (an ambition's) sits under an h2 section, its first block. */
function minimumHeading(collection: string, root: string): number {
  return collection === folderOf(root, 'leaf') ? 3 : 2;
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

  let previousLevel = minimumHeading(file.collection, root) - 1;
  walk<Nodes>(mdast, (node) => {
    if (node.type === 'heading' && kind === 'body') {
      const min = minimumHeading(file.collection, root);
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

  const changes = markdownThatChanges(mdast, markdown);
  for (const problem of changes) add(problem.node, problem.message);
  // A loss that one of those messages already explains (an unclosed comment) is not said twice.
  const loss = textLoss(markdown, mdast, hast);
  if (loss && !changes.some((c) => c.node === loss.block)) add(loss.block, textLossMessage(loss, place), 'warning');

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

function textLossMessage({ written, shown, closedAt }: TextLoss, place: Place): string {
  const lost = `${written - shown} lettres et chiffres sur ${written}, ${Math.round((100 * (written - shown)) / written)} %`;
  if (closedAt !== undefined) {
    return `Texte caché par un commentaire : le « <!-- » de cette ligne ne se ferme qu’à la ligne ${place.line(closedAt)} (« --> »), et tout le texte entre les deux disparaîtrait de la page (${lost}). Fermez le commentaire par « --> » là où il doit finir.`;
  }
  return `Texte qui disparaîtrait de la page à partir d’ici (${lost}) : cherchez un commentaire « <!-- » ou une balise HTML mal fermés (un guillemet oublié), et fermez-les ou retirez-les.`;
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
  if (site.urls && !site.urls.has(normalised)) return `Lien vers une page qui n’existe pas : « ${url} ». Vérifiez l’adresse dans le plan du site.`;
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

/** The Markdown in a leaf's front-matter blocks (content/rapport.yaml): checked like the body, at the field's line. */
function markdownFields(file: ContentFile, root: string): { path: PropertyKey[]; text: string }[] {
  const shape = shapeOf(root);
  const leaf = shape && leafLevel(shape);
  if (!leaf || file.collection !== leaf.dossier) return [];
  const fields: { path: PropertyKey[]; text: string }[] = [];
  const push = (path: PropertyKey[], value: unknown) => typeof value === 'string' && fields.push({ path, text: value });
  for (const { champ, sorte } of leaf.blocs ?? []) {
    if (champ === 'texte') continue;
    const value = file.data[champ];
    if (sorte === 'texte') push([champ], value);
    else if (Array.isArray(value)) {
      const part = { paragraphes: undefined, citations: 'citation', chiffres: 'libelle' }[sorte];
      value.forEach((item, i) => push(part ? [champ, i, part] : [champ, i], part ? (item as Record<string, unknown> | null)?.[part] : item));
    }
  }
  return fields;
}

/** An ambition's photo (`image.src`): the same rules as an image in the text. */
async function checkPhoto(file: ContentFile, root: string): Promise<ContentIssue[]> {
  const src = (file.data.image as { src?: unknown } | undefined)?.src;
  if (file.collection !== folderOf(root, 'leaf') || typeof src !== 'string' || src.trim() === '') return [];
  const line = lineOfPath(file.source, ['image', 'src']);
  return (await checkImageFile(src, file.path, root)).map((p) => ({ file: file.path, line, severity: p.severity, message: p.message }));
}

export async function checkMarkdown(file: ContentFile, root: string, site: SiteIndex): Promise<ContentIssue[]> {
  const body = checkTree(file.body, file, root, site, {
    line: (l) => (l === undefined ? undefined : file.bodyLine + l - 1),
    column: (c) => c,
  }, 'body');
  const fields = markdownFields(file, root).map(({ path, text }) => {
    const line = lineOfPath(file.source, path);
    return checkTree(text, file, root, site, { line: () => line, column: () => undefined }, 'field');
  });
  return (await Promise.all([body, ...fields, checkPhoto(file, root)])).flat();
}

/** Every URL of the site, from the route table and the content files (both versions). */
export function siteIndex(files: readonly ContentFile[], root: string): SiteIndex {
  const shape = shapeOf(root);
  // Without the report's shape (reported by check-data-files.ts), no page address can be known.
  if (!shape) return { urls: undefined, glossary: glossaryOf(files), isPublicFile: publicFileTest(root) };
  const routes = createRouteTable(shape);
  const standard = routes.kinds.filter((kind) => !kind.level).map((kind) => routes.pathOf(kind.id));
  for (const kind of routes.kinds) {
    if (!kind.level) continue;
    for (const f of files) {
      if (f.collection !== kind.level.dossier) continue;
      try {
        standard.push(routes.pathOf(kind.id, { id: f.id, ...scalarFields(f.data) }));
      } catch {
        // A page without the fields of its address (a missing « numero ») is reported by the schema check.
      }
    }
  }
  const urls = new Set(standard.flatMap((url) => [url, routes.inVersion(url, 'falc')]));
  return { urls, glossary: glossaryOf(files), isPublicFile: publicFileTest(root) };
}


function scalarFields(data: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
}


const glossaryOf = (files: readonly ContentFile[]) => new Set(files.filter((f) => f.collection === 'glossaire').map((f) => f.id));

/** Is this URL path a file of `public/`, published as it is? */
function publicFileTest(root: string): (path: string) => boolean {
  const publicDir = resolve(root, 'public');
  return (path) => {
    const file = resolve(publicDir, `.${decodeURI(path)}`);
    return file.startsWith(`${publicDir}${sep}`) && existsSync(file) && statSync(file).isFile();
  };
}
