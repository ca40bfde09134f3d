/**
 * A long report (issue 8: every page within the first round trip, whatever
 * the report's size), on a temporary copy of the project: the bench's
 * generator writes 320 ambitions with their FALC twins (112 / 80 / 128 in the
 * three pactes), the copy is built, and the listings that would outgrow 14 kB
 * (sommaire, plan du site, pactes) must come in pages that link to each other,
 * have their twins, lose no ambition and pass html-validate, the link check and axe.
 * Nothing is written to content/.
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
import { generateReport } from '../../scripts/bench/synthetic.ts';
import { measureSite } from '../../scripts/bench/page-weight.ts';
import { builtPages, type BuiltPage } from '../../scripts/audit/pages.ts';
import { validateHtml } from '../../scripts/audit/html.ts';
import { checkLinks } from '../../scripts/audit/links.ts';
import { readSiteConfig } from '../../src/lib/site-config.ts';
import { readingOrder } from '../../scripts/pdf/reading-order.ts';
import { PDF_VERSIONS } from '../../scripts/pdf/versions.ts';
import { AMBITIONS_PER_PAGE } from '../../src/lib/listing-pages.ts';

const AMBITIONS = 320;
const LISTING_PAGES = Math.ceil(AMBITIONS / AMBITIONS_PER_PAGE);
let copy: BuiltCopy;
let dist: string;
let pages: BuiltPage[];

const html = (url: string): Root => fromHtml(readFileSync(join(dist, url, 'index.html'), 'utf8'));
const ambitionUrl = /^(\/facile-a-lire)?\/[^/]+\/ambition-\d+\/$/;
const hrefs = (tree: Root, selector: string) => (selectAll(selector, tree) as Element[]).map((a) => String(a.properties.href));
const title = (tree: Root) => toString(select('title', tree)!);

/** Every page of a listing, following its « next » links from page 1. */
function followListing(first: string): string[] {
  const chain = [first];
  for (;;) {
    const next = hrefs(html(chain.at(-1)!), '.listing-pager a[rel="next"]')[0];
    if (!next) return chain;
    expect(chain).not.toContain(next);
    chain.push(next);
  }
}

beforeAll(async () => {
  copy = await openBuiltCopy((dir) => {
    generateReport(dir, AMBITIONS);
  });
  dist = copy.dist;
  pages = builtPages(dist);
}, 300_000);

afterAll(async () => {
  await copy?.close();
});

describe(`a report of ${AMBITIONS} ambitions`, () => {
  it('keeps every page within the first round trip (HTML + CSS ≤ 14 kB gzip)', () => {
    const weights = measureSite(dist);
    expect(weights.length).toBeGreaterThan(2 * AMBITIONS);
    const heaviest = weights.reduce((a, b) => (b.firstLoadGzip > a.firstLoadGzip ? b : a));
    console.info(`${weights.length} pages ; la plus lourde : ${heaviest.url} ${(heaviest.firstLoadGzip / 1000).toFixed(1)} kB`);
    expect(weights.filter((w) => w.firstLoadGzip > 14 * 1024).map((w) => w.url)).toEqual([]);
  });

  it.each(['/sommaire/', '/plan-du-site/', '/facile-a-lire/sommaire/', '/facile-a-lire/plan-du-site/'])(
    'cuts %s into pages that together link every ambition once, in reading order',
    (first) => {
      const chain = followListing(first);
      expect(chain).toEqual(Array.from({ length: LISTING_PAGES }, (_, i) => (i ? `${first}${i + 1}/` : first)));
      const listed = chain.flatMap((url) => hrefs(html(url), 'main a').filter((h) => ambitionUrl.test(h)));
      const falc = first.startsWith('/facile-a-lire/');
      const built = pages.filter((p) => p.type === 'ambitions' && p.falc === falc).map((p) => p.url);
      expect(new Set(listed).size).toBe(listed.length);
      expect([...listed].sort()).toEqual([...built].sort());
      // Reading order: the one of the « next ambition » links of the standard ambition pages.
      const reading = [listed[0]!.replace('/facile-a-lire', '')];
      for (let next; (next = hrefs(html(reading.at(-1)!), '.pager a[rel="next"]')[0]); ) reading.push(next);
      expect(listed).toEqual(reading.map((u) => (falc ? `/facile-a-lire${u}` : u)));
      for (const url of chain) {
        const n = hrefs(html(url), 'main a').filter((h) => ambitionUrl.test(h)).length;
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(AMBITIONS_PER_PAGE);
      }
    },
  );

  it('gives each page of a listing its own title, its place in the pager, and its twin at the same number', () => {
    const chain = followListing('/sommaire/');
    const titles = chain.map((url) => title(html(url)));
    expect(new Set(titles).size).toBe(chain.length);
    chain.forEach((url, i) => {
      const tree = html(url);
      expect(toString(select('h1', tree)!)).toContain(`page ${i + 1} sur ${chain.length}`);
      const current = select('.listing-pager a[aria-current="page"]', tree)!;
      expect(current.properties.href).toBe(url);
      expect(hrefs(tree, '.listing-pager a:not([rel])')).toEqual(chain);
      expect(hrefs(tree, 'link[rel="alternate"]:not([hreflang])')).toEqual([`/facile-a-lire${url}`]);
      const twin = html(`/facile-a-lire${url}`);
      expect(toString(select('h1', twin)!)).toContain(`page ${i + 1} sur ${chain.length}`);
    });
    // Every page of every listing has its twin, at the same number.
    const urls = new Set(pages.map((p) => p.url));
    const listings = pages.filter((p) => ['sommaire', 'plan-du-site', 'pactes'].includes(p.type));
    expect(listings.length).toBe(2 * (2 * LISTING_PAGES + 3 + 2));
    for (const page of listings) expect(urls.has(hrefs(html(page.url), 'link[rel="alternate"]:not([hreflang])')[0]!), page.url).toBe(true);
    // The text before the list, the PDF link and the themes come once, on page 1.
    expect(select('#thematiques', html('/sommaire/'))).toBeDefined();
    expect(select('#thematiques', html('/sommaire/2/'))).toBeUndefined();
    // A pacte cut by a page break is named again, marked « (suite) ».
    expect(toString(select('main h2', html('/sommaire/2/'))!)).toMatch(/\(suite\)$/);
  });

  it('cuts each pacte of more than 100 ambitions in two pages, and the ambitions’ breadcrumbs find their défi', () => {
    const longPactes = pages.filter((p) => p.type === 'pactes' && /^\/[^/]+\/2\/$/.test(p.url)).map((p) => p.url);
    expect(longPactes.length).toBe(2);
    for (const page2 of longPactes) {
      expect(pages.some((p) => p.url === `/facile-a-lire${page2}`)).toBe(true);
      expect(pages.some((p) => p.url === page2.replace(/2\/$/, '3/'))).toBe(false);
    }
    // Some breadcrumbs now point to page 2, and every défi anchor exists where it points.
    const crumbs = pages
      .filter((p) => p.type === 'ambitions' && !p.falc)
      .map((p) => hrefs(html(p.url), 'nav.breadcrumb a').find((h) => h.includes('#defi-'))!);
    expect(crumbs.some((h) => /\/2\/#defi-/.test(h))).toBe(true);
    for (const crumb of new Set(crumbs)) {
      const [path, id] = crumb.split('#');
      expect(select(`#${id}`, html(path!)), crumb).toBeDefined();
    }
  });

  it.each(PDF_VERSIONS.map((v) => [v.prefix || '(version complète)', v] as const))('puts every ambition in the PDF of %s, read from all the plan du site pages', (_, version) => {
    const parts = readingOrder(dist, version);
    expect(parts.filter((p) => p.kind === 'ambition')).toHaveLength(AMBITIONS);
    expect(parts.filter((p) => p.kind === 'pacte')).toHaveLength(3);
  });

  it('passes html-validate on every listing page and the link check on the whole site', async () => {
    const listings = pages.filter((p) => /\/\d\/$/.test(p.url) || ['sommaire', 'plan-du-site', 'pactes'].includes(p.type));
    const valid = await validateHtml(listings);
    expect(valid.errors).toEqual([]);
    expect(valid.violations.map((v) => `${v.page} ${v.regle} ${v.message}`)).toEqual([]);
    const links = checkLinks(dist, pages, readSiteConfig().adresse);
    expect(links.violations.map((v) => `${v.page} ${v.regle} ${v.message}`)).toEqual([]);
  }, 120_000);

  it.each(['/sommaire/2/', '/facile-a-lire/sommaire/4/', '/solidarites-territoriales/2/', '/facile-a-lire/solidarites-humaines/2/'])(
    'has no axe violation on %s (light and dark)',
    async (url) => {
      await expectNoAxeViolation(copy, pages, url);
    },
  );
});
