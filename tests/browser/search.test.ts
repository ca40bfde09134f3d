/** Search: keyboard use in both versions, the version filter, the announced count, and the page without JavaScript. */
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';

const session = useSession();

async function searchWithKeyboard(url: string, query: string, switchVersion = false) {
  const context = await session().browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(session().server.origin + url);
  const loadedBefore = requests.some((p) => p.startsWith('/pagefind/'));
  await page.focus('#q');
  await page.keyboard.type(query);
  if (switchVersion) {
    await page.keyboard.press('Tab'); // to the checked radio button of the version group
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /résultat|page/.test(document.querySelector('[role="status"]')?.textContent ?? '') && !/cours|cherchons\./.test(document.querySelector('[role="status"]')?.textContent ?? ''));
  const status = await page.textContent('[role="status"]');
  const links = await page.$$eval('[data-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const fallbackHidden = await page.$eval('[data-fallback]', (p) => p.hasAttribute('hidden'));
  await context.close();
  return { status, links, loadedBefore, fallbackHidden };
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
