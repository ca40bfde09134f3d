/**
 * What Chromium's accessibility tree gives a screen reader (issue 18, point 4):
 * the breadcrumb's separators are not read, numbers are grouped with ordinary
 * spaces (read right by eSpeak NG), « Défi 1 » has no leading zero, and a FALC
 * ambition link has the name of the page it opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSession, type Session } from './browser.ts';

let session: Session;
let context: BrowserContext;

beforeAll(async () => {
  session = await openSession();
  context = await session.browser.newContext();
}, 30_000);
afterAll(async () => {
  await context?.close();
  await session?.close();
});

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

/** Chromium's own accessibility tree (CDP), not a computation of ours: the nodes a screen reader can reach. */
async function accessibilityTree(page: Page, url: string): Promise<AxNode[]> {
  await page.goto(`${session.server.origin}${url}`);
  const cdp = await context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AxNode[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored);
}

const names = (nodes: AxNode[], role: string) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('accessibility tree', () => {
  it('reads the breadcrumb without its « › » separators, « Défi 1 » without a leading zero', async () => {
    const page = await context.newPage();
    const nodes = await accessibilityTree(page, '/solidarites-territoriales/ambition-1/');
    const texts = names(nodes, 'StaticText');
    expect(texts.filter((t) => t.includes('›'))).toEqual([]);
    expect(names(nodes, 'link').map(fold)).toContain('Défi 1 : Investir aujourd’hui pour notre avenir');
    await page.close();
  });

  it('on a phone with large text, shows « Défi 1 » alone in the breadcrumb and still reads its whole title', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.server.origin}/solidarites-territoriales/ambition-1/`);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    // What is drawn: the link on one line, its title clipped to nothing (the visually-hidden pattern).
    const drawn = await page.locator('nav.breadcrumb a', { hasText: 'Défi 1' }).evaluate((link) => {
      const rest = link.querySelector('.crumb-rest');
      const range = document.createRange();
      range.selectNodeContents(link);
      return { lines: new Set([...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top))).size, restWidth: rest?.getBoundingClientRect().width };
    });
    expect(drawn).toEqual({ lines: 1, restWidth: 1 });
    const nodes = await accessibilityTree(page, '/solidarites-territoriales/ambition-1/');
    expect(names(nodes, 'link').map(fold)).toContain('Défi 1 : Investir aujourd’hui pour notre avenir');
    await page.close();
  }, 60_000);

  it('gives grouped numbers an ordinary space, never a no-break one', async () => {
    const page = await context.newPage();
    const texts = names(await accessibilityTree(page, '/'), 'StaticText');
    expect(texts).toContain('1 159');
    expect(texts.filter((t) => /\d[\u00A0\u202F]\d/.test(t))).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens a FALC ambition whose heading and title say what its link in the sommaire says', async () => {
    const page = await context.newPage();
    const sommaire = await page.goto(`${session.server.origin}/facile-a-lire/sommaire/`).then(() =>
      page.locator('main a[href*="/ambition-"]').evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname)),
    );
    expect(sommaire).toHaveLength(3);
    for (const href of sommaire) {
      const listing = await accessibilityTree(page, '/facile-a-lire/sommaire/');
      const linkName = names(listing, 'link').map(fold).find((n) => n.startsWith(`Ambition ${/ambition-(\d+)/.exec(href)![1]} `));
      const target = await accessibilityTree(page, href);
      const heading = fold(names(target, 'heading')[0] ?? '');
      expect(heading).toBe(linkName);
      // The window title, read first when the page opens: « Ambition 1 : <title> | … ».
      expect(fold(await page.title()).startsWith(`${linkName!.replace(/^(Ambition \d+) /, '$1 : ')} | `)).toBe(true);
    }
    await page.close();
  }, 120_000);
});
