/**
 * A second report, of another shape, built with no code of its own: the
 * fictional médiathèque report of tests/fixtures/rapports/fiches/ (parties →
 * fiches, no grouping level, no cross-cutting pages, other blocks, FALC under
 * /facile, an organisation colour). It replaces content/ in a temporary copy
 * of the project, which `npm run build` builds: content check, Astro, search
 * index. Then every page must have its kind and twin in that report's route
 * table, read in its own words (none of the bilan's), and pass html-validate,
 * the link check and axe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { openBuiltCopy, type BuiltCopy } from './browser.ts';
import { expectNoAxeViolation } from '../helpers/axe-schemes.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';
import { builtPages, type BuiltPage } from '../../scripts/audit/pages.ts';
import { validateHtml } from '../../scripts/audit/html.ts';
import { checkLinks } from '../../scripts/audit/links.ts';
import { readReportShape } from '../../src/model/report-shape.ts';
import { createRouteTable, VERSIONS } from '../../src/routes/route-table.ts';
import { readSiteConfig } from '../../src/lib/site-config.ts';

const REPORT = 'tests/fixtures/rapports/fiches';
const table = createRouteTable(readReportShape(REPORT));
let copy: BuiltCopy;
let pages: BuiltPage[];

const html = (url: string): Root =>
  fromHtml(readFileSync(url.endsWith('.html') ? join(copy.dist, url) : join(copy.dist, url, 'index.html'), 'utf8'));
const hrefs = (tree: Root, selector: string) => (selectAll(selector, tree) as Element[]).map((a) => String(a.properties.href));
/** What a reader gets of a page: its text, and the names and alternatives a screen reader says. */
function readerText(tree: Root): string {
  const said = (selectAll('[aria-label], [title], img[alt]', tree) as Element[]).map((e) => [e.properties.ariaLabel, e.properties.title, e.properties.alt].filter(Boolean).join(' '));
  const body = select('body', tree)!;
  const text = toString({ ...body, children: body.children.filter((child) => !(child.type === 'element' && ['script', 'style'].includes(child.tagName))) });
  return `${toString(select('title', tree)!)} ${text} ${said.join(' ')}`;
}

beforeAll(async () => {
  copy = await openBuiltCopy(() => {}, { report: REPORT });
  pages = builtPages(copy.dist, table);
}, 600_000);

afterAll(async () => {
  await copy?.close();
});

describe('a report of another shape (parties → fiches)', () => {
  it('passes the content check with no error and no warning', () => {
    const check = runNode('scripts/check-content.ts', [], { cwd: copy.project.dir });
    expect(check.stdout, check.stderr).toContain('Vérification du contenu : 0 erreur, 0 avertissement.');
    expect(check.status).toBe(0);
  }, CLI_TEST_TIMEOUT);

  it('builds every page of its shape, each with its twin, at the addresses its shape gives', () => {
    expect(pages.filter((p) => !table.match(p.url)).map((p) => p.url)).toEqual([]);
    const urls = new Set(pages.map((p) => p.url));
    expect(pages.map((p) => table.twinOf(p.url)).filter((twin) => !urls.has(twin))).toEqual([]);
    const built = new Set(pages.map((p) => `${p.type} ${p.falc ? 'falc' : 'standard'}`));
    for (const kind of table.kinds) for (const version of VERSIONS) expect(built, `${kind.id} ${version}`).toContain(`${kind.id} ${version === 'falc' ? 'falc' : 'standard'}`);
    // 9 general pages, 3 parties and 8 fiches, in both versions.
    expect(pages).toHaveLength(2 * (9 + 3 + 8));
    expect(urls).toContain('/facile/numerique/fiche-2/');
  });

  it('shows a fiche with its own blocks and a breadcrumb without a grouping level', () => {
    const fiche = html('/numerique/fiche-2/');
    expect((selectAll('main h2', fiche) as Element[]).map((h) => toString(h))).toEqual(
      expect.arrayContaining(['Ce qui a été fait', 'Ce qui reste à faire', 'En chiffres']),
    );
    expect((selectAll('nav.breadcrumb li', fiche) as Element[]).map((li) => toString(li))).toEqual(['Accueil', 'Le numérique à la portée de tous', 'Fiche 2']);
    expect(toString(select('h1', fiche)!)).toMatch(/^Fiche 2/);
    const partie = html('/numerique/');
    expect(hrefs(partie, 'main ol.ambition-cards a')).toEqual(['/numerique/fiche-1/', '/numerique/fiche-2/', '/numerique/fiche-3/']);
    expect(toString(select('main .lead', partie)!)).toBe('3 fiches.');
  });

  it('speaks of its own report only: none of the bilan’s words reaches a reader', () => {
    const foreign = /\b(ambitions?|pactes?|défis?|thématiques?|bilan|Pas-de-Calais|Département)\b/iu;
    const found = pages.flatMap((p) => {
      const match = foreign.exec(readerText(html(p.url)));
      return match ? [`${p.url} : « ${match[0]} »`] : [];
    });
    expect(found).toEqual([]);
    expect(toString(select('.falc-header__title a', html('/facile/'))!)).toBe('Ce que la médiathèque de Valmont a fait en 2025 (exemple)');
    expect(toString(select('.falc-nav', html('/facile/'))!)).toContain('Tout le rapport');
  });

  it('passes html-validate and the link check on every page', async () => {
    const valid = await validateHtml(pages);
    expect(valid.errors).toEqual([]);
    expect(valid.violations.map((v) => `${v.page} ${v.regle} ${v.message}`)).toEqual([]);
    const links = checkLinks(copy.dist, pages, readSiteConfig(copy.project.dir).adresse);
    expect(links.violations.map((v) => `${v.page} ${v.regle} ${v.message}`)).toEqual([]);
  }, 180_000);

  it.each(['/', '/facile/', '/numerique/', '/facile/numerique/', '/numerique/fiche-2/', '/facile/numerique/fiche-2/', '/sommaire/', '/facile/plan-du-site/'])(
    'has no axe violation on %s, light and dark, in the organisation’s colour',
    async (url) => {
      await expectNoAxeViolation(copy, pages, url, async (tab, colorScheme) => {
        if (colorScheme === 'light') expect(await tab.locator('main a').first().evaluate((a) => getComputedStyle(a).color)).toBe('rgb(23, 83, 58)');
      });
    },
    120_000,
  );
});
