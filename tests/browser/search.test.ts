/**
 * Search: keyboard use in both versions, the version filter, the announced count (every result it announces can be
 * reached), an index free of interface text, and the page without JavaScript.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, useSession, type Session } from './browser.ts';
import { indexSearch } from '../../src/lib/build/build-site.ts';
import { t } from '../../src/i18n/fr.ts';
import { tf } from '../../src/i18n/falc.ts';
import { neighbourLabel } from '../../src/i18n/report-words.ts';
import { SEARCH_BUNDLES, SEARCH_PARTS_FILE } from '../../src/lib/search-bundles.ts';

const session = useSession();

async function searchWithKeyboard(url: string, query: string, switchVersion = false, on: Session = session()) {
  const context = await on.browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(on.server.origin + url);
  const loadedBefore = requests.some((p) => p.startsWith('/pagefind/'));
  await page.focus('#q');
  await page.keyboard.type(query);
  if (switchVersion) {
    await page.keyboard.press('Tab'); // to the checked radio button of the version group
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await waitForCount(page);
  const status = await page.textContent('[data-status][role="status"]');
  const links = await page.$$eval('[data-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const fallbackHidden = await page.$eval('[data-fallback]', (p) => p.hasAttribute('hidden'));
  await context.close();
  return { status, links, loadedBefore, fallbackHidden, requests };
}

/** Waits until the live region gives the number of results. */
async function waitForCount(page: Page): Promise<void> {
  await page.waitForFunction(() => /résultat|page/.test(document.querySelector('[data-status][role="status"]')?.textContent ?? '') && !/cours|cherchons\./.test(document.querySelector('[data-status][role="status"]')?.textContent ?? ''));
}

describe('search', () => {
  it('standard version: finds complete pages, announces the count, loads the index only when searching', async () => {
    const r = await searchWithKeyboard('/recherche/', 'collège');
    expect(r.loadedBefore).toBe(false);
    expect(r.links.length).toBeGreaterThan(0);
    expect(r.links.every((l) => !l.startsWith('/facile-a-lire/'))).toBe(true);
    expect(r.status).toMatch(/^\d+ résultats? pour « collège »\.$/);
    expect(r.fallbackHidden).toBe(true);
  }, 60_000);

  it('FALC version: searches the FALC pages by default, in FALC words', async () => {
    const r = await searchWithKeyboard('/facile-a-lire/recherche/', 'collège');
    expect(r.links.length).toBeGreaterThan(0);
    expect(r.links.every((l) => l.startsWith('/facile-a-lire/'))).toBe(true);
    expect(r.status).toMatch(/^Nous trouvons \d+ pages? avec « collège »\.$/);
  }, 60_000);

  it('the version can be changed with the keyboard', async () => {
    const r = await searchWithKeyboard('/recherche/', 'collège', true);
    expect(r.links.length).toBeGreaterThan(0);
    expect(r.links.every((l) => l.startsWith('/facile-a-lire/'))).toBe(true);
  }, 60_000);

  it.each([
    ['/recherche/', /^(\d+) résultats pour « Département »\.$/, /^Résultats (\d+) à (\d+) sur (\d+)\.$/],
    ['/facile-a-lire/recherche/', /^Nous trouvons (\d+) pages avec « Département »\.$/, /^Voici les pages (\d+) à (\d+)\. Nous trouvons (\d+) pages\.$/],
  ] as const)('%s: every result the count announces can be reached with the keyboard', async (url, counted, shown) => {
    const context = await session().browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session().server.origin}${url}?q=D%C3%A9partement`);
    await waitForCount(page);
    const announced = Number(counted.exec((await page.textContent('[data-status][role="status"]')) ?? '')?.[1]);
    expect(announced).toBeGreaterThan(20); // more than one screenful: the case the button is for
    const results = page.locator('[data-results] a');
    expect(await results.count()).toBe(20);
    // From the last result, Tab reaches the button; Enter lists the next results, focuses the first of them and says so.
    for (let round = 0; (await results.count()) < announced; round++) {
      expect(round).toBeLessThan(10);
      const before = await results.count();
      await results.last().focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-more'))).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] a').length > n, before);
      const focused = await page.evaluate(() => {
        const item = document.activeElement?.closest('[data-results] li');
        return item ? [...document.querySelectorAll('[data-results] li')].indexOf(item) : -1;
      });
      expect(focused).toBe(before);
      const said = shown.exec((await page.textContent('[data-status][role="status"]')) ?? '');
      expect(said?.slice(1).map(Number)).toEqual([before + 1, await results.count(), announced]);
    }
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(announced);
    expect(new Set(hrefs).size).toBe(announced);
    // All shown: the button is gone, and the focus is still on a result, not on the page.
    expect(await page.locator('[data-more]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    await context.close();
  }, 120_000);

  it.each([
    ['/recherche/', t('search.failed'), /^\d+ résultats pour « collège »\.$/],
    ['/facile-a-lire/recherche/', tf('search.failed'), /^Nous trouvons \d+ pages avec « collège »\.$/],
  ])('%s: when the index cannot be loaded, says so instead of searching for ever, and the next search tries again', async (url, failed, found) => {
    const context = await session().browser.newContext();
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${session().server.origin}${url}`);
    await page.fill('#q', 'collège');
    await page.press('#q', 'Enter');
    await page.waitForFunction((text) => document.querySelector('[data-status]')?.textContent === text, failed, { timeout: 30_000 });
    await page.unroute('**/pagefind/**');
    await page.press('#q', 'Enter');
    await waitForCount(page);
    expect(await page.textContent('[data-status][role="status"]')).toMatch(found);
    expect(await page.locator('[data-results] a').count()).toBeGreaterThan(0);
    await context.close();
  }, 120_000);

  it('without JavaScript, the page says so and links to the plan du site', async () => {
    const context = await session().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session().server.origin}/recherche/?q=coll%C3%A8ge&version=complete`);
    expect(await page.isVisible('[data-fallback]')).toBe(true);
    expect(await page.getAttribute('[data-fallback] a', 'href')).toBe('/plan-du-site/');
    expect(await page.$$eval('[data-results] li', (l) => l.length)).toBe(0);
    await context.close();
  });
});

describe('a version indexed in parts (a report of thousands of pages)', () => {
  // The built site again, its indexes made in parts of 20 pages at most: three parts a version.
  const dir = mkdtempSync(join(tmpdir(), 'recherche-parties-'));
  let split: Session | undefined;
  beforeAll(async () => {
    cpSync('dist', dir, { recursive: true });
    rmSync(join(dir, 'pagefind'), { recursive: true });
    expect(await indexSearch(dir, undefined, 20)).toBe(true);
    split = await openSession(dir);
  }, 300_000);
  afterAll(async () => {
    await split?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/recherche/', SEARCH_BUNDLES.standard],
    ['/facile-a-lire/recherche/', SEARCH_BUNDLES.falc],
  ])('%s: finds as many pages as one whole index, loading every part', async (url, bundle) => {
    const further = JSON.parse(readFileSync(join(dir, bundle, SEARCH_PARTS_FILE), 'utf8')) as string[];
    expect(further.length).toBeGreaterThanOrEqual(2);
    const whole = await searchWithKeyboard(url, 'Département');
    const parts = await searchWithKeyboard(url, 'Département', false, split);
    expect(Number(/\d+/.exec(parts.status ?? '')?.[0])).toBeGreaterThan(20);
    expect(parts.status).toBe(whole.status);
    expect(parts.links.every((link) => link.startsWith('/facile-a-lire/') === url.startsWith('/facile-a-lire/'))).toBe(true);
    for (const part of further) expect(parts.requests, part).toContain(`/${part}pagefind-entry.json`);
  }, 120_000);

  it('a part that failed to load (connection lost) is loaded again by the next search', async () => {
    const whole = await searchWithKeyboard('/recherche/', 'Département');
    const context = await split!.browser.newContext();
    const page = await context.newPage();
    const second = `**/${SEARCH_BUNDLES.standard}partie-2/**`;
    await page.route(second, (route) => route.abort('internetdisconnected'));
    await page.goto(`${split!.server.origin}/recherche/`);
    await page.fill('#q', 'Département');
    await page.press('#q', 'Enter');
    await page.waitForFunction((text) => document.querySelector('[data-status]')?.textContent === text, t('search.failed'), { timeout: 30_000 });
    await page.unroute(second);
    await page.press('#q', 'Enter');
    await waitForCount(page);
    expect(await page.textContent('[data-status][role="status"]')).toBe(whole.status);
    await context.close();
  }, 120_000);
});

/** Interface text that sits inside <main> on some pages, and must not be taken for the page's text by the index. */
const INTERFACE_TEXT = [
  tf('readAloud.play'), tf('readAloud.stop'), tf('review.notChecked'), tf('review.notCheckedMore'), tf('review.checkedBy'),
  neighbourLabel('leaf', 'previous', 'falc'), neighbourLabel('leaf', 'next', 'falc'), neighbourLabel('leaf', 'previous'), neighbourLabel('leaf', 'next'), t('toc.label'),
  t('listing.previous'), t('listing.next'), tf('listing.previous'), tf('listing.next'),
];

describe('the search index', () => {
  it.each([
    ['Version complète', SEARCH_BUNDLES.standard],
    ['Facile à lire', SEARCH_BUNDLES.falc],
  ])('holds no interface text in the pages of « %s »', async (version, bundle) => {
    const context = await session().browser.newContext();
    const page = await context.newPage();
    await page.goto(`${session().server.origin}/recherche/`);
    // Every indexed page of the version (its own index; a search with filters only), with its whole indexed text and its excerpt.
    // Written as a string: the test runner would otherwise rewrite the page's import() into its own.
    const pages = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`/${bundle}pagefind.js`)});
      const { results } = await pagefind.search(null, { filters: { version: ${JSON.stringify(version)} } });
      return Promise.all(results.map(async (r) => {
        const d = await r.data();
        return { url: d.url, content: d.content, excerpt: d.excerpt };
      }));
    })()`)) as { url: string; content: string; excerpt: string }[];
    await context.close();
    expect(pages.length).toBeGreaterThan(40);
    const found = pages.flatMap((p) =>
      INTERFACE_TEXT.filter((text) => p.content.includes(text) || p.excerpt.includes(text)).map((text) => `${p.url} : « ${text} »`),
    );
    expect(found).toEqual([]);
  }, 120_000);
});
