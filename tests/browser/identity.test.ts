/**
 * The organisation's identity in Chromium (`identite` of content/site.yaml,
 * src/lib/identity/). Without it (the built dist/), both versions show today's
 * colours, in both themes, and no logo. With it, on a temporary copy of the
 * project whose site.yaml sets a logo and two colours: the colours reach both
 * versions through the Content-Security-Policy, follow the reader's theme
 * choice, leave print black on white, and the logo is shown with its text
 * alternative. Nothing is written to content/.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openBuiltCopy, useSession, type BuiltCopy } from './browser.ts';

type Scheme = 'light' | 'dark';

interface Colours {
  text: string;
  background: string;
  link: string;
  headerBackground: string;
}

/** What a reader sees: the body's text and background, a header link, the header's background. */
async function colours(browser: Browser, url: string, colorScheme: Scheme, prepare?: (page: Page) => Promise<void>): Promise<Colours & { cspErrors: string[]; logo: { alt: string; loaded: boolean } | null }> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  await page.goto(url);
  await prepare?.(page);
  const result = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const header = document.querySelector('body > header')!;
    const logo = document.querySelector<HTMLImageElement>('body > header img.identite-logo');
    return {
      text: style('body').color,
      background: style('body').backgroundColor,
      link: getComputedStyle(header.querySelector('nav a')!).color,
      headerBackground: getComputedStyle(header).backgroundColor,
      logo: logo ? { alt: logo.alt, loaded: logo.complete && logo.naturalWidth > 0 } : null,
    };
  });
  await context.close();
  return { ...result, cspErrors };
}

/** Today's colours (src/styles/site.css and falc.css), as Chromium computes them. */
const TODAY: Record<'standard' | 'falc', Record<Scheme, Colours>> = {
  standard: {
    light: { text: 'rgb(27, 27, 27)', background: 'rgb(255, 255, 255)', link: 'rgb(10, 74, 133)', headerBackground: 'rgb(243, 245, 248)' },
    dark: { text: 'rgb(242, 242, 242)', background: 'rgb(18, 20, 23)', link: 'rgb(156, 202, 255)', headerBackground: 'rgb(30, 34, 40)' },
  },
  falc: {
    light: { text: 'rgb(17, 17, 17)', background: 'rgb(255, 255, 255)', link: 'rgb(11, 61, 145)', headerBackground: 'rgba(0, 0, 0, 0)' },
    dark: { text: 'rgb(245, 245, 245)', background: 'rgb(16, 18, 20)', link: 'rgb(168, 209, 255)', headerBackground: 'rgba(0, 0, 0, 0)' },
  },
};
const PAGES = { standard: '/', falc: '/facile-a-lire/' } as const;

describe('without identite (the built site)', () => {
  const session = useSession();

  for (const version of ['standard', 'falc'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps today’s colours and has no logo: ${version}, ${scheme} theme`, async () => {
        const { browser, server } = session();
        const seen = await colours(browser, `${server.origin}${PAGES[version]}`, scheme);
        expect({ text: seen.text, background: seen.background, link: seen.link, headerBackground: seen.headerBackground }).toEqual(TODAY[version][scheme]);
        expect(seen.logo).toBeNull();
        expect(seen.cspErrors).toEqual([]);
      });
    }
  }
});

/** A logo as a drawing program exports it, with a gradient (url(#…)) in its style sheet. */
const LOGO = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#003a70"/><stop offset="1" stop-color="#7a1f3d"/></linearGradient>
  <style>.a { fill: url(#g); }</style></defs>
  <rect class="a" width="50" height="50"/><text x="60" y="34" font-size="24" fill="#003a70">Exemple</text>
</svg>
`;

const IDENTITY = `
identite:
  logo:
    fichier: public/identite/logo.svg
    alternative: Logo de l’organisation d’exemple
  couleurs:
    liens:
      clair: "#003a70"
      sombre: "#b8dcff"
    fondEncadres:
      clair: "#fdf6e3"
      sombre: "#22262c"
`;

describe('with identite in content/site.yaml (a built copy of the project)', () => {
  let copy: BuiltCopy;
  beforeAll(async () => {
    copy = await openBuiltCopy((dir) => {
      mkdirSync(join(dir, 'public/identite'), { recursive: true });
      writeFileSync(join(dir, 'public/identite/logo.svg'), LOGO);
      appendFileSync(join(dir, 'content/site.yaml'), IDENTITY);
    });
  }, 900_000);
  afterAll(async () => {
    await copy?.close();
  });

  it('shows the organisation’s colours in both versions and themes, the others unchanged', async () => {
    const expected = {
      standard: { light: { link: 'rgb(0, 58, 112)', headerBackground: 'rgb(253, 246, 227)' }, dark: { link: 'rgb(184, 220, 255)', headerBackground: 'rgb(34, 38, 44)' } },
      falc: { light: { link: 'rgb(0, 58, 112)' }, dark: { link: 'rgb(184, 220, 255)' } },
    };
    for (const version of ['standard', 'falc'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const seen = await colours(copy.browser, `${copy.server.origin}${PAGES[version]}`, scheme);
        expect(seen, `${version} ${scheme}`).toMatchObject({ ...expected[version][scheme], text: TODAY[version][scheme].text, background: TODAY[version][scheme].background, cspErrors: [] });
      }
    }
  });

  it('follows the reader’s theme choice, and prints black on white', async () => {
    const chosen = await colours(copy.browser, `${copy.server.origin}/`, 'light', async (page) => {
      await page.evaluate(() => { document.documentElement.dataset.theme = 'sombre'; });
    });
    expect(chosen.link).toBe('rgb(184, 220, 255)');
    const printed = await colours(copy.browser, `${copy.server.origin}/`, 'dark', (page) => page.emulateMedia({ media: 'print' }));
    expect(printed.link).toBe('rgb(0, 0, 0)');
  });

  it('shows the logo with its text alternative in both versions', async () => {
    for (const url of Object.values(PAGES)) {
      const seen = await colours(copy.browser, `${copy.server.origin}${url}`, 'light');
      expect(seen.logo, url).toEqual({ alt: 'Logo de l’organisation d’exemple', loaded: true });
    }
  });
});
