/** The print stylesheet: no navigation, links followed by their address, each ambition on a new page. */
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';

const session = useSession();

describe.each([
  ['/solidarites-territoriales/ambition-1/', ['.site-nav', '.breadcrumb', '.toc', '.pager', '.version-switch']],
  ['/facile-a-lire/solidarites-territoriales/ambition-1/', ['.falc-nav', '.falc-pager', '.version-switch']],
])('printing %s', (url, hidden) => {
  it('hides the navigation and prints the address of links, without JavaScript', async () => {
    // Printing is the browser's own (Ctrl+P): the print stylesheet needs no script.
    const context = await session().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session().server.origin + url);
    await page.emulateMedia({ media: 'print' });
    const result = await page.evaluate((selectors) => {
      const display = selectors.map((s) => [s, document.querySelector(s) ? getComputedStyle(document.querySelector(s)!).display : 'absent']);
      const link = Array.from(document.querySelectorAll('main a[href^="/"]')).find((a) => !a.classList.contains('glossary-link'));
      const after = link ? getComputedStyle(link, '::after').content : 'no link';
      const article = document.querySelector('article.ambition');
      return { display, after, href: link?.getAttribute('href'), breakBefore: article ? getComputedStyle(article).breakBefore : 'page' };
    }, hidden);
    expect(result.display.filter(([, d]) => d !== 'none' && d !== 'absent')).toEqual([]);
    expect(result.after).toBe(`" (${result.href})"`);
    expect(result.breakBefore).toBe('page');
    await context.close();
  });
});
