/**
 * After a build: writes the list of the site's glossary links
 * (`reports/glossaire-liens.md`) and says in the build's output how it changed
 * since the previous build, so a new link or a newly excluded word is seen.
 * A page built the same as in the previous build is not read again: its lines
 * are remembered (result-cache.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { elementTree, htmlFiles, urlOfFile } from '../built-pages.ts';
import { glossaryEntriesFromFiles, reportNamesFromFiles } from '../glossary/from-files.ts';
import { createMatcher } from '../glossary/matcher.ts';
import { formatLinkReport, linkedUses, rejectedUses, type LinkedUse, type RejectedUse } from '../glossary/link-report.ts';
import { isGlossaryPage } from '../glossary/apply.ts';
import { GLOSSARY_USES, resultCache } from './result-cache.ts';

export const GLOSSARY_REPORT = 'reports/glossaire-liens.md';

interface PageUses {
  linked: LinkedUse[];
  rejected: RejectedUse[];
}

const listed = (report: string) => new Set(report.split('\n').filter((l) => l.startsWith('- ') || l.startsWith('## ')));

export interface GlossaryReportSummary {
  links: number;
  rejected: number;
  /** Lines of the list that are new, or gone, since the previous build (undefined on the first build). */
  added?: number;
  removed?: number;
}

export function writeGlossaryReport(root: string, dist: string, target = join(root, GLOSSARY_REPORT)): GlossaryReportSummary {
  const entries = glossaryEntriesFromFiles(root);
  const find = createMatcher(entries);
  const names = reportNamesFromFiles(root);
  const glossary = JSON.stringify([entries, names]);
  // A page built the same as in the previous build, with the same glossary, has the same uses: read back.
  const cache = resultCache(GLOSSARY_USES, root);
  const linked: LinkedUse[] = [];
  const rejected: RejectedUse[] = [];
  // One page at a time: every page's tree at once weighed gigabytes on a long report.
  for (const file of htmlFiles(dist).sort()) {
    const html = readFileSync(file, 'utf8');
    const page = { url: urlOfFile(dist, file), html };
    const uses = cache.get([glossary, page.url, html], () =>
      JSON.stringify({
        // The list reads <main> only; a page without one is parsed whole.
        linked: linkedUses({ ...page, tree: elementTree(html, 'main') ?? fromHtml(html) }),
        rejected: isGlossaryPage(page.url) ? [] : rejectedUses(page, find, names),
      } satisfies PageUses),
    );
    const parsed = JSON.parse(uses) as PageUses;
    linked.push(...parsed.linked);
    rejected.push(...parsed.rejected);
  }
  cache.prune();
  const report = formatLinkReport(linked, rejected);
  const summary: GlossaryReportSummary = { links: linked.length, rejected: rejected.length };
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

export function describeSummary({ links, rejected, added, removed }: GlossaryReportSummary): string {
  const change = added === undefined ? '' : ` ; depuis la construction précédente : ${added} ligne(s) nouvelle(s), ${removed} disparue(s)`;
  return `Glossaire : ${links} liens, ${rejected} mots écartés (autre sens ou nom propre)${change}. Liste à relire : ${GLOSSARY_REPORT}`;
}
