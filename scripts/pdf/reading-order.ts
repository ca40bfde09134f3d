/**
 * The order of the PDF, read from the version's built plan du site, all its pages (so it is the
 * order readers see on the site, whatever the content API says):
 * édito, then each pacte followed by its ambitions, then the transversal themes,
 * then the glossary. Home, sommaire, plan du site, search and accessibility pages
 * are navigation or about the site itself: the PDF's bookmarks replace them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { readHtml } from './html.ts';
import type { PdfVersion } from './versions.ts';

export type PartKind = 'edito' | 'pacte' | 'ambition' | 'thematique' | 'glossaire';

export interface ReportPart {
  kind: PartKind;
  /** Site path of the page, e.g. `/facile-a-lire/solidarites-territoriales/ambition-1/`. */
  path: string;
}

/** Built file of a site path: `/a/b/` → `dist/a/b/index.html`. */
export function builtFileOf(dist: string, path: string): string {
  return join(dist, path, 'index.html');
}

function kindOf(localPath: string): PartKind | 'pacte?' | undefined {
  if (localPath === '/edito/') return 'edito';
  if (localPath === '/glossaire/') return 'glossaire';
  if (/^\/thematiques\/[^/]+\/$/.test(localPath)) return 'thematique';
  if (/^\/[^/]+\/ambition-\d+\/$/.test(localPath)) return 'ambition';
  // A one-segment page is a pacte only if ambitions live under it (checked below).
  if (/^\/[^/]+\/$/.test(localPath)) return 'pacte?';
  return undefined;
}

export function readingOrder(dist: string, version: PdfVersion): ReportPart[] {
  const planFile = builtFileOf(dist, `${version.prefix}/plan-du-site/`);
  if (!existsSync(planFile)) throw new Error(`Le plan du site est introuvable : ${planFile}`);
  // A long report's plan du site comes in pages (src/lib/listing-pages.ts): read them all, in order.
  const links: string[] = [];
  const seen = new Set<string>();
  for (let file: string | undefined = planFile; file && !seen.has(file); ) {
    seen.add(file);
    const tree = readHtml(file);
    links.push(...selectAll('main a[href]', tree).map((a) => String(a.properties.href)));
    const next = selectAll('.listing-pager a[rel="next"]', tree)[0]?.properties.href;
    file = next ? builtFileOf(dist, String(next)) : undefined;
  }
  const localPaths = [...new Set(links.filter((href) => href.startsWith(`${version.prefix}/`) && !href.includes('#')))].map((href) =>
    href.slice(version.prefix.length),
  );

  const ambitions = localPaths.filter((p) => kindOf(p) === 'ambition');
  const pactes = localPaths.filter((p) => kindOf(p) === 'pacte?' && ambitions.some((a) => a.startsWith(p)));
  if (pactes.length === 0 || ambitions.length === 0) {
    throw new Error(`Le plan du site (${planFile}) ne liste aucun pacte ou aucune ambition : le document serait vide.`);
  }
  const local = (kind: PartKind, path: string): ReportPart => ({ kind, path: `${version.prefix}${path}` });
  return [
    ...localPaths.filter((p) => kindOf(p) === 'edito').map((p) => local('edito', p)),
    ...pactes.flatMap((pacte) => [local('pacte', pacte), ...ambitions.filter((a) => a.startsWith(pacte)).map((a) => local('ambition', a))]),
    ...localPaths.filter((p) => kindOf(p) === 'thematique').map((p) => local('thematique', p)),
    ...localPaths.filter((p) => kindOf(p) === 'glossaire').map((p) => local('glossaire', p)),
  ];
}
