/**
 * The FALC key figure cards in Chromium: each sentence is read as one phrase
 * with its number inside it (the pictogram is not read), every card's link is
 * reached with Tab, the cards fit 360 and 320 px screens without horizontal
 * scrolling, and they are shown with JavaScript turned off.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';

const PAGES = ['/facile-a-lire/', '/facile-a-lire/solidarites-territoriales/', '/facile-a-lire/reussites-citoyennes/', '/facile-a-lire/solidarites-humaines/'];
const session = useSession();

/** The texts of an ARIA snapshot (`- text: …`, `- strong: …`, `- link "…"`), in reading order, as one line. */
function spokenText(snapshot: string): string {
  const parts = snapshot.split('\n').flatMap((line) => {
    const text = /^\s*- (?:text|strong): (.*)$/.exec(line);
    if (text) return [text[1]!.replace(/^(['"])(.*)\1$/, '$2')];
    const link = /^\s*- '?link "(.*)"/.exec(line);
    return link ? [link[1]!] : [];
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

describe.each(PAGES)('key figures of %s', (url) => {
  it('read each sentence as one phrase, the number inside it, without the pictogram', async () => {
    const page = await session().browser.newPage();
    try {
      await page.goto(session().server.origin + url);
      const cards = page.locator('.falc-key-figure');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) {
        const number = (await card.locator('strong').innerText()).replace(/\s/g, ' ');
        const snapshot = await card.locator('.falc-key-figure__text').ariaSnapshot();
        expect(snapshot).toMatch(/^- paragraph:/);
        const spoken = spokenText(snapshot);
        // Words on both sides of the number, in the same paragraph: one phrase, not a lone figure.
        expect(spoken.replace(/\s/g, ' ')).toMatch(new RegExp(`\\S+ ${number.replace(/ /g, '\\s')}\\s\\S+`));
        expect(await card.ariaSnapshot()).not.toMatch(/\bimg\b/);
      }
    } finally {
      await page.close();
    }
  }, 30_000);

  it('reaches each card’s link with the Tab key', async () => {
    const page = await session().browser.newPage();
    try {
      await page.goto(session().server.origin + url);
      const links = await page.locator('.falc-key-figure__link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const reached = new Set<string>();
      for (let i = 0; i < 80 && links.some((l) => !reached.has(l!)); i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.closest('.falc-key-figure__link') ? document.activeElement.getAttribute('href') : null);
        if (focused) reached.add(focused);
      }
      expect([...reached].sort()).toEqual([...links].sort());
    } finally {
      await page.close();
    }
  }, 30_000);

  it.each([360, 320])('fits a %i px wide screen without horizontal scrolling', async (width) => {
    const context = await session().browser.newContext({ viewport: { width, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(session().server.origin + url);
      const fits = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        cards: Array.from(document.querySelectorAll('.falc-key-figure, .falc-key-figure *')).every(
          (el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5,
        ),
      }));
      expect(fits).toEqual({ scroll: true, cards: true });
    } finally {
      await context.close();
    }
  }, 30_000);

  it('shows the cards with JavaScript turned off', async () => {
    const context = await session().browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(session().server.origin + url);
      const cards = page.locator('.falc-key-figure');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) {
        expect(await card.isVisible()).toBe(true);
        expect(await card.locator('strong').isVisible()).toBe(true);
        expect(await card.locator('svg').isVisible()).toBe(true);
      }
    } finally {
      await context.close();
    }
  }, 30_000);
});
