/**
 * After a build: writes the list of the site's glossary links
 * (`reports/glossaire-liens.md`) and says in the build's output how it changed
 * since the previous build, so a new link or a newly excluded word is seen.
 * Each page's links and unlinked words are those the glossary step decided when
 * the page was drawn, kept with the page's result (src/lib/page-transforms.ts,
 * result-cache.ts): no page is read again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { htmlFiles, renderedAddress, urlOfFile } from '../built-pages.ts';
import { formatLinkReport, type LinkedUse, type RejectedUse } from '../glossary/link-report.ts';
import { readStoredPage } from '../page-transforms.ts';
import { PAGE_TRANSFORMS, resultCache } from './result-cache.ts';

export const GLOSSARY_REPORT = 'reports/glossaire-liens.md';

/** Said when pages are missing from the list. */
const UNREAD_ADVICE =
  'ce que la construction a décidé pour elles n’est plus dans son cache. Supprimez le dossier node_modules/.cache/rapport-falc, puis relancez « npm run build » : toutes les pages seront dessinées à nouveau.';

const listed = (report: string) => new Set(report.split('\n').filter((l) => l.startsWith('- ') || l.startsWith('## ')));

export interface GlossaryReportSummary {
  links: number;
  rejected: number;
  /** Pages whose glossary step left no record (drawn by no build of this project's cache): not in the list. */
  unread: string[];
  /** Lines of the list that are new, or gone, since the previous build (undefined on the first build). */
  added?: number;
  removed?: number;
}

export function writeGlossaryReport(root: string, dist: string, target = join(root, GLOSSARY_REPORT)): GlossaryReportSummary {
  const pages = resultCache(PAGE_TRANSFORMS, root);
  const linked: LinkedUse[] = [];
  const rejected: RejectedUse[] = [];
  const unread: string[] = [];
  for (const file of htmlFiles(dist).sort()) {
    const url = urlOfFile(dist, file);
    const stored = pages.lastResult(renderedAddress(dist, file));
    const glossaryUses = stored === undefined ? undefined : readStoredPage(stored)?.glossaryUses;
    if (glossaryUses === undefined) {
      unread.push(url);
      continue;
    }
    linked.push(...glossaryUses.linked.map((use) => ({ url, ...use })));
    rejected.push(...glossaryUses.rejected.map((use) => ({ url, ...use })));
  }
  const report = formatLinkReport(linked, rejected, unread);
  const summary: GlossaryReportSummary = { links: linked.length, rejected: rejected.length, unread };
  if (existsSync(target)) {
    const before = listed(readFileSync(target, 'utf8'));
    const after = listed(report);
    summary.added = [...after].filter((l) => !before.has(l) && l.startsWith('- ')).length;
    summary.removed = [...before].filter((l) => !after.has(l) && l.startsWith('- ')).length;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, report);
  return summary;
}

export function describeSummary({ links, rejected, unread, added, removed }: GlossaryReportSummary): string {
  const change = added === undefined ? '' : ` ; depuis la construction précédente : ${added} ligne(s) nouvelle(s), ${removed} disparue(s)`;
  const said = `Glossaire : ${links} liens, ${rejected} mots écartés (autre sens ou nom propre)${change}. Liste à relire : ${GLOSSARY_REPORT}`;
  return unread.length === 0 ? said : `${said}\n⚠ ${unread.length} page(s) manquent à cette liste : ${UNREAD_ADVICE}`;
}
