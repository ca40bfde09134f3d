/** The list of glossary links is written from each published page's record in the page transforms' cache. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TRANSFORMS, RESULT_CACHE, resultCache } from '../../src/lib/build/result-cache.ts';
import { describeSummary, writeGlossaryReport } from '../../src/lib/build/glossary-report.ts';
import { storedPage } from '../../src/lib/page-transforms.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A built site of two pages, each drawn by a build that stored its glossary decisions. */
function builtSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'liste-glossaire-'));
  roots.push(root);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/middleware.ts'), 'export {};\n');
  const cache = resultCache(PAGE_TRANSFORMS, root);
  for (const [url, word] of [['/edito/', 'communes'], ['/plan/', 'Département']] as const) {
    mkdirSync(join(root, 'dist', url), { recursive: true });
    writeFileSync(join(root, 'dist', url, 'index.html'), '<main>…</main>');
    const uses = { linked: [{ word, href: `/glossaire/#${word}`, sentence: `Les **${word}**.` }], rejected: [] };
    cache.get(['glossaire', url, '<main>…</main>'], () => storedPage({ html: '<main>…</main>', glossaryUses: uses }), url);
  }
  cache.prune(['/edito/', '/plan/']);
  return root;
}

describe('the glossary list', () => {
  it('lists each published page’s links from its record, without reading the page', () => {
    const root = builtSite();
    const summary = writeGlossaryReport(root, join(root, 'dist'));
    expect(summary).toMatchObject({ links: 2, rejected: 0, unread: [] });
    const list = readFileSync(join(root, 'reports/glossaire-liens.md'), 'utf8');
    expect(list).toContain('## /edito/\n\n- communes → /glossaire/#communes : Les **communes**.');
    expect(list).toContain('## /plan/\n\n- Département → /glossaire/#Département : Les **Département**.');
  });

  it('names a page whose record is missing or unreadable, in the list and in French in the build’s output', () => {
    const root = builtSite();
    const dir = join(root, RESULT_CACHE, PAGE_TRANSFORMS);
    const records = readdirSync(dir).filter((name) => name.endsWith('.txt'));
    expect(records).toHaveLength(2);
    writeFileSync(join(dir, records[0]!), '<main>changé à la main</main>');
    rmSync(join(dir, records[1]!));
    const summary = writeGlossaryReport(root, join(root, 'dist'));
    expect(summary.unread.sort()).toEqual(['/edito/', '/plan/']);
    expect(readFileSync(join(root, 'reports/glossaire-liens.md'), 'utf8')).toContain('**Pages absentes de cette liste**');
    expect(describeSummary(summary)).toContain('⚠ 2 page(s) manquent à cette liste');
    expect(describeSummary(summary)).toContain('Supprimez le dossier node_modules/.cache/rapport-falc');
  });
});
