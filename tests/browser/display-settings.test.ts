/**
 * « Paramètres d'affichage »: chosen with the keyboard, applied at once, kept
 * for the next pages of both versions before the first paint, reset, the
 * legible font downloaded only when chosen, and a clear text without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSession } from './browser.ts';
import { STORAGE_KEY } from '../../src/lib/display-settings.ts';

const session = useSession();

async function newContext(options: Parameters<Session['browser']['newContext']>[0] = {}): Promise<BrowserContext> {
  return session().browser.newContext({ colorScheme: 'light', viewport: { width: 1000, height: 800 }, ...options });
}
type Session = ReturnType<typeof session>;

/** Presses Tab until the focus is on the checked radio button of `name` (a radio group is one Tab stop). */
async function tabToGroup(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'radio' ? el.name : null;
    });
    if (at === name) return;
  }
  throw new Error(`Le groupe « ${name} » n’est pas atteint avec Tab.`);
}

const state = (page: Page) =>
  page.evaluate((key) => ({
    attributes: Object.fromEntries([...document.documentElement.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])),
    saved: localStorage.getItem(key),
    background: getComputedStyle(document.body).backgroundColor,
    rootSize: getComputedStyle(document.documentElement).fontSize,
    font: getComputedStyle(document.body).fontFamily,
    letterSpacing: getComputedStyle(document.body).letterSpacing,
    status: document.querySelector('[data-settings-status]')?.textContent ?? null,
  }), STORAGE_KEY);

describe.each([
  ['/parametres-affichage/', 'Thème', 'Sombre', '/edito/'],
  ['/facile-a-lire/parametres-affichage/', 'Les couleurs', 'Fond noir', '/facile-a-lire/edito/'],
])('%s', (url, legend, darkLabel, nextPage) => {
  it('changes the theme with the keyboard, announces it, and keeps it on the next pages of both versions', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(session().server.origin + url);
    const before = await state(page);
    expect(before.attributes).toEqual({});
    await tabToGroup(page, 'theme');
    await page.keyboard.press('ArrowDown'); // clair
    await page.keyboard.press('ArrowDown'); // sombre
    await page.waitForFunction(() => document.querySelector('[data-settings-status]')?.textContent !== '');
    const after = await state(page);
    expect(after.attributes).toEqual({ 'data-theme': 'sombre' });
    expect(after.background).not.toBe(before.background);
    expect(after.status).toContain(legend);
    expect(after.status).toContain(darkLabel);
    expect(JSON.parse(after.saved ?? '{}')).toEqual({ theme: 'sombre' });

    for (const next of [nextPage, nextPage.startsWith('/facile-a-lire') ? '/edito/' : '/facile-a-lire/edito/']) {
      await page.goto(session().server.origin + next);
      const there = await state(page);
      expect(there.attributes, next).toEqual({ 'data-theme': 'sombre' });
      expect(there.background, next).toMatch(/^rgb\((1\d|2\d), (1\d|2\d), (1\d|2\d)\)$/); // a dark background
    }
    await context.close();
  }, 60_000);
});

describe('the settings', () => {
  it('enlarge the text and the spacing, reset everything, and tick the current choices when the page opens again', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(session().server.origin + '/parametres-affichage/');
    const before = await state(page);
    await tabToGroup(page, 'taille');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // très grande
    await tabToGroup(page, 'espacement');
    await page.keyboard.press('ArrowDown'); // élargi
    const after = await state(page);
    expect(after.attributes).toEqual({ 'data-taille': 'tres-grande', 'data-espacement': 'large' });
    expect(parseFloat(after.rootSize)).toBeCloseTo(parseFloat(before.rootSize) * 1.375, 1);
    expect(parseFloat(after.letterSpacing)).toBeGreaterThan(2);

    await page.reload();
    const ticked = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => `${r.name}=${r.value}`));
    expect(ticked).toEqual(['theme=systeme', 'taille=tres-grande', 'espacement=large', 'police=habituelle']);

    // The reset button, by keyboard: Tab from the last group reaches it.
    await tabToGroup(page, 'police');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-reset'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-settings-status]')?.textContent !== '');
    const reset = await state(page);
    expect(reset.attributes).toEqual({});
    expect(reset.saved).toBeNull();
    expect(reset.rootSize).toBe(before.rootSize);
    expect(reset.status).toBe("Affichage d'origine rétabli.");
    await context.close();
  }, 60_000);

  it('download the legible font only for the reader who chooses it', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => { if (/\.woff2$/.test(r.url())) fonts.push(new URL(r.url()).pathname); });
    for (const url of ['/', '/edito/', '/facile-a-lire/solidarites-territoriales/ambition-1/', '/parametres-affichage/']) {
      await page.goto(session().server.origin + url, { waitUntil: 'networkidle' });
    }
    expect(fonts).toEqual([]);
    await tabToGroup(page, 'police');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.fonts.check('1rem "Atkinson Hyperlegible"') && document.fonts.status === 'loaded');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^\/fonts\/atkinson-hyperlegible-latin-[47]00-normal\.woff2$/);
    expect((await state(page)).font).toMatch(/^"?Atkinson Hyperlegible"?,/);
    await context.close();
  }, 60_000);

  it('say so when the browser refuses to keep them, and still apply them to the page', async () => {
    const context = await newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('refusé', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(session().server.origin + '/parametres-affichage/');
    await tabToGroup(page, 'theme');
    await page.keyboard.press('ArrowUp'); // from "systeme", wraps to "sombre"
    await page.waitForFunction(() => document.querySelector('[data-settings-status]')?.textContent !== '');
    const s = await state(page);
    expect(s.attributes).toEqual({ 'data-theme': 'sombre' });
    expect(s.status).toContain('ne permet pas de garder');
    await context.close();
  }, 30_000);
});

describe('before the first paint', () => {
  it('a saved choice is on <html> before <body> exists, so the page never flashes the default', async () => {
    const context = await newContext();
    await context.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ theme: 'sombre', taille: 'grande' }));
      // Record <html>'s attributes at the moment the parser creates <body>, before anything can be painted.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { atBody: string }).atBody = `${document.documentElement.getAttribute('data-theme')} ${document.documentElement.getAttribute('data-taille')}`;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, STORAGE_KEY);
    const page = await context.newPage();
    for (const url of ['/sommaire/', '/facile-a-lire/sommaire/']) {
      await page.goto(session().server.origin + url);
      expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody), url).toBe('sombre grande');
    }
    await context.close();
  }, 30_000);
});

describe('without JavaScript', () => {
  it.each(['/parametres-affichage/', '/facile-a-lire/parametres-affichage/'])('%s explains what the browser can do, and shows no form that would do nothing', async (url) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session().server.origin + url);
    expect(await page.locator('[data-settings-fallback]').isVisible()).toBe(true);
    expect(await page.locator('[data-settings-fallback]').textContent()).toMatch(/JavaScript/);
    expect(await page.locator('[data-affichage]').isVisible()).toBe(false);
    await context.close();
  }, 30_000);
});

describe('the wide spacing', () => {
  // WCAG 1.4.12 asks for 2 em after paragraphs; given to every <li>, menus included, it made the header menu about
  // two screens long at 320 px with very large text. It spaces the reading text only.
  it.each(['/solidarites-territoriales/ambition-1/', '/facile-a-lire/solidarites-territoriales/ambition-1/'])(
    '%s: spaces the reading text, not the menus, at 320 px with very large text',
    async (url) => {
      const context = await newContext({ viewport: { width: 320, height: 640 } });
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ taille: 'tres-grande', espacement: 'large', police: 'lisible' })] as const);
      const page = await context.newPage();
      await page.goto(session().server.origin + url);
      const measured = await page.evaluate(() => {
        const gap = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).marginBottom) / parseFloat(getComputedStyle(el).fontSize) : NaN);
        return {
          header: document.querySelector('body > header')!.getBoundingClientRect().height,
          menuItem: gap(document.querySelector('body > header nav li')),
          paragraph: gap(document.querySelector('main p:not(nav *)')),
        };
      });
      await context.close();
      expect(measured.paragraph).toBeCloseTo(2, 2);
      expect(measured.menuItem).toBeLessThan(1);
      expect(measured.header).toBeLessThan(640);
    },
    30_000,
  );
});
