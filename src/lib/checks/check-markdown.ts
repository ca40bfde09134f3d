/**
 * What an editor writes in Markdown, checked before the build: raw HTML against
 * the allowlist, link targets (pages of the site, glossary words), images (file
 * present, alternative text, no path outside the project, nothing from another
 * site) and heading levels.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from './content-files.ts';
import { checkRawHtml, isDangerousUrl } from './raw-html.ts';
import { lineOfPath } from './yaml-lines.ts';
import { isPictogramName, PICTOGRAMS } from '../../falc/pictograms.ts';
import { digest, remember, type CheckMemo } from './check-memo.ts';

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

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

interface Place {
  line: (nodeLine: number | undefined) => number | undefined;
  column: (nodeColumn: number | undefined) => number | undefined;
}

function checkTree(markdown: string, file: ContentFile, root: string, site: SiteIndex, place: Place, headings: boolean, memo: CheckMemo | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // Parsing is most of the cost; the tree is only read, so one parse serves every run while the text is unchanged.
  const tree = remember(memo, () => `mdast\0${digest(markdown)}`, () => fromMarkdown(markdown));
  let previousLevel = minimumHeading(file.collection) - 1;
  const add = (node: Nodes, message: string) =>
    issues.push({ file: file.path, line: place.line(node.position?.start.line), column: place.column(node.position?.start.column), severity: 'error', message });

  walk(tree, (node) => {
    if (node.type === 'html') {
      for (const problem of checkRawHtml(node.value)) add(node, problem.message);
    } else if (node.type === 'link') {
      const problem = checkLink(node.url, site);
      if (problem) add(node, problem);
    } else if (node.type === 'image') {
      const problem = checkImage(node.url, node.alt ?? '', file, root);
      if (problem) add(node, problem);
    } else if (node.type === 'heading' && headings) {
      const min = minimumHeading(file.collection);
      if (node.depth < min) {
        add(node, `Titre de niveau ${node.depth} (${'#'.repeat(node.depth)}) : ici les titres commencent à « ${'#'.repeat(min)} » (le titre de la page vient de l’en-tête). Ajoutez des « # ».`);
      } else if (node.depth > previousLevel + 1) {
        add(node, `Niveau de titre sauté : « ${'#'.repeat(node.depth)} » après « ${'#'.repeat(previousLevel)} ». Utilisez « ${'#'.repeat(previousLevel + 1)} ».`);
      }
      previousLevel = node.depth;
      const first = node.children[0];
      const pictogram = first?.type === 'text' ? /^\s*:([a-z0-9-]+):/.exec(first.value)?.[1] : undefined;
      if (pictogram && file.collection.startsWith('falc/') && !isPictogramName(pictogram)) {
        add(node, `Pictogramme inconnu « :${pictogram}: ». Pictogrammes possibles : ${Object.keys(PICTOGRAMS).join(', ')}.`);
      }
    }
  });
  return issues;
}

function checkLink(url: string, site: SiteIndex): string | undefined {
  if (isDangerousUrl(url)) return `Lien interdit : cette adresse exécuterait du code chez le lecteur. Écrivez une adresse web (https://…) ou une page du site (/…).`;
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

function checkImage(url: string, alt: string, file: ContentFile, root: string): string | undefined {
  if (/^(https?:)?\/\//i.test(url)) return `Image d’un autre site (« ${url} ») : le site ne charge rien ailleurs. Enregistrez l’image dans le dossier de la page et écrivez son chemin, par exemple « ./images/photo.jpg ».`;
  if (isDangerousUrl(url)) return 'Image interdite : cette adresse exécuterait du code chez le lecteur.';
  if (alt.trim() === '') return `Image sans texte de remplacement : écrivez entre les crochets ce que montre l’image, par exemple « ![Des collégiens plantent un arbre](${url}) ».`;
  const projectRoot = resolve(root);
  const target = resolve(projectRoot, dirname(file.path), decodeURI(url));
  if (target !== projectRoot && !target.startsWith(projectRoot + sep)) return `Chemin d’image hors du projet (« ${url} ») : l’image doit être dans le dossier content/.`;
  if (!existsSync(target)) return `Image introuvable : ${relative(projectRoot, target)} n’existe pas. Vérifiez le nom du fichier (majuscules, accents, extension).`;
  return undefined;
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

/** With a memo (the dev server), the Markdown is parsed again only when it changed. */
export function checkMarkdown(file: ContentFile, root: string, site: SiteIndex, memo?: CheckMemo): ContentIssue[] {
  const body = checkTree(file.body, file, root, site, {
    line: (l) => (l === undefined ? undefined : file.bodyLine + l - 1),
    column: (c) => c,
  }, true, memo);
  const fields = markdownFields(file).flatMap(({ path, text }) => {
    const line = lineOfPath(file.source, path);
    return checkTree(text, file, root, site, { line: () => line, column: () => undefined }, false, memo);
  });
  return [...body, ...fields];
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

