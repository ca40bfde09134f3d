/**
 * Every page type reads without JavaScript (issue 8): one page of each type, in
 * both versions, opened in Chromium with JavaScript disabled. The main content,
 * the navigation links and the skip link must be there and visible.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openSession, type Session } from './browser.ts';
import { PHONE_SCREEN } from '../../scripts/audit/browser.ts';

const STANDARD: Record<string, string> = {
  accueil: '/',
  edito: '/edito/',
  pacte: '/solidarites-territoriales/',
  ambition: '/solidarites-territoriales/ambition-1/',
  thematique: '/thematiques/agir-en-faveur-du-climat/',
  sommaire: '/sommaire/',
  'plan du site': '/plan-du-site/',
  glossaire: '/glossaire/',
};
const PAGES = [
  ...Object.entries(STANDARD).map(([type, url]) => ({ name: `${type}`, url })),
  ...Object.entries(STANDARD).map(([type, url]) => ({ name: `${type} (FALC)`, url: `/facile-a-lire${url}` })),
  { name: '404', url: '/cette-page-n-existe-pas/' },
  { name: '404 (FALC)', url: '/facile-a-lire/404/' },
];

let session: Session;
let context: BrowserContext;

beforeAll(async () => {
  session = await openSession();
  context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
}, 120_000);
afterAll(async () => {
  await context?.close();
  await session?.close();
});

describe('without JavaScript', () => {
  it.each(PAGES)('$name ($url): main content, navigation and skip link are shown', async ({ url }) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(session.server.origin + url);
      expect(response?.status()).toBe(url.includes('n-existe-pas') ? 404 : 200);

      const main = page.locator('main#contenu');
      await expect.poll(() => main.isVisible()).toBe(true);
      expect(await main.locator('h1').first().isVisible()).toBe(true);
      const mainText = (await main.innerText()).trim();
      expect(mainText.length).toBeGreaterThan(40);

      // Navigation: the menu in the header, every link visible with a size.
      const navLinks = page.locator('header nav a');
      const count = await navLinks.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < count; i++) {
        const link = navLinks.nth(i);
        expect(await link.isVisible(), await link.innerText()).toBe(true);
        const box = await link.boundingBox();
        expect(box && box.width > 0 && box.height > 0 && box.x >= 0 && box.x + box.width <= 360 + 1).toBe(true);
      }

      // Skip link: first focusable element, shown on focus, and it moves focus to <main>.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement | null;
        const r = el?.getBoundingClientRect();
        return { cls: el?.className, href: el?.getAttribute('href'), top: r?.top ?? -1, height: r?.height ?? 0 };
      });
      expect(focused).toMatchObject({ cls: 'skip-link', href: '#contenu' });
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.height).toBeGreaterThan(0);
      expect(await page.locator('a.skip-link').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    } finally {
      await page.close();
    }
  });

  // Narrow for the text size (320 px at 100 %, as a phone at 200 %): the menu is after the content (at the top of the
  // footer), the header has a
  // « Menu » link to it (site.css, SiteNav.astro). Every link of the menu must be shown there and reached by Tab
  // right after « Menu » is followed, and no copy of the menu may be shown twice.
  it.each(['/', '/solidarites-territoriales/ambition-1/'])('%s at 320 px: the header\'s « Menu » link leads to the whole menu, shown after the content (footer)', async (url) => {
    const narrow = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 568 } });
    try {
      const page = await narrow.newPage();
      await page.goto(session.server.origin + url);
      expect(await page.locator('header nav').isVisible()).toBe(false);
      const menuLink = page.locator('header a[href="#menu"]');
      expect(await menuLink.isVisible()).toBe(true);
      const menu = page.locator('nav#menu');
      expect(await menu.isVisible()).toBe(true);
      expect(await menu.evaluate((nav) => nav.compareDocumentPosition(document.querySelector('main')!) & Node.DOCUMENT_POSITION_PRECEDING)).toBeTruthy();
      const hrefs = (nav: string) => page.locator(`${nav} a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(await hrefs('nav#menu')).toEqual(await hrefs('header nav'));
      for (const link of await menu.locator('a').all()) {
        const box = await link.boundingBox();
        expect(box && box.height >= 24 && box.x >= 0 && box.x + box.width <= 320 + 1, await link.innerText()).toBe(true);
      }
      await menuLink.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.id)).toBe('menu');
    } finally {
      await narrow.close();
    }
  });

  // FALC on a phone with the text at 200 % (falc.css, the container query): the 4 menu links stay in the header,
  // each shown whole on the screen and ≥ 24 px high, the keyboard meets them in the order they are drawn, and the
  // page's title still starts on the first screen, on a 390 × 844 phone (the audit's) and on a 320 × 568 one.
  it.each([
    { url: '/facile-a-lire/', screen: PHONE_SCREEN },
    { url: '/facile-a-lire/solidarites-territoriales/ambition-1/', screen: PHONE_SCREEN },
    { url: '/facile-a-lire/solidarites-territoriales/ambition-1/', screen: { width: 320, height: 568 } },
  ])('$url at $screen.width × $screen.height, text 200 %: the FALC menu stays in the header and the title starts on the first screen', async ({ url, screen }) => {
    const phone = await session.browser.newContext({ javaScriptEnabled: false, viewport: screen });
    try {
      const page = await phone.newPage();
      await page.goto(session.server.origin + url);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      const links = await page.locator('header nav a').all();
      expect(links).toHaveLength(4);
      const tops: number[] = [];
      for (const link of links) {
        const box = await link.boundingBox();
        expect(box && box.height >= 24 && box.x >= 0 && box.x + box.width <= screen.width + 1, await link.innerText()).toBe(true);
        tops.push(box!.y);
      }
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      await page.locator('header a').first().focus();
      for (const link of links) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await link.textContent());
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      // The heading's first line (its first box: the « Ambition 1 » label or the title's first line) ends on screen.
      // Not the audit's mainHeadingFirstLine: its TreeWalker filter is a callback, which no page without JavaScript runs.
      const firstLineBottom = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('main h1')!);
        return range.getClientRects()[0]!.bottom;
      });
      expect(firstLineBottom).toBeGreaterThan(0);
      expect(firstLineBottom).toBeLessThanOrEqual(screen.height);
      // Nothing of the version link or the header sticks out of the screen (every box of their text and links).
      const right = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('.version-switch, body > header')).flatMap((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return Array.from(range.getClientRects(), (box) => box.right);
      })));
      expect(right).toBeLessThanOrEqual(screen.width);
    } finally {
      await phone.close();
    }
  });

  it('really runs with JavaScript disabled', async () => {
    const page = await context.newPage();
    await page.setContent('<p id="p">avant</p><script>document.getElementById("p").textContent = "après"</script>');
    expect(await page.locator('#p').innerText()).toBe('avant');
    await page.close();
  });
});
