/**
 * axe on one page of a built site, in the light then the dark colour scheme,
 * each in a fresh browser context as a reader's system setting would open it:
 * for the browser tests of a built copy of the project (a long report, a
 * report of another shape), which check a few of its pages.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeOn } from '../../scripts/audit/browser.ts';
import type { BuiltPage } from '../../scripts/audit/pages.ts';
import type { Session } from '../browser/browser.ts';

export type ColorScheme = 'light' | 'dark';

/**
 * Expects `url`, one of `pages`, to have no axe violation in either scheme.
 * `alsoCheck` runs on the same tab after axe, in each scheme, for what a test
 * checks besides (a colour, say).
 */
export async function expectNoAxeViolation(
  session: Pick<Session, 'browser' | 'server'>,
  pages: BuiltPage[],
  url: string,
  alsoCheck?: (tab: Page, colorScheme: ColorScheme) => Promise<void>,
): Promise<void> {
  const page = pages.find((p) => p.url === url)!;
  expect(page).toBeDefined();
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await session.browser.newContext({ colorScheme });
    const tab = await context.newPage();
    await tab.goto(`${session.server.origin}${url}`);
    expect((await axeOn(tab, page, colorScheme)).map((v) => `${v.regle} ${v.cible}`)).toEqual([]);
    await alsoCheck?.(tab, colorScheme);
    await context.close();
  }
}
