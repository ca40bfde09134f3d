/** Debian's Chromium driven by Playwright, on the built site served locally. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../scripts/audit/server.ts';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { runBuild, type BuildRun } from '../../scripts/bench/run-build.ts';

export interface Session {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** Chromium and a local server on a built site (`dist/` by default). */
export async function openSession(dist = 'dist'): Promise<Session> {
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens one session for a test file (before its tests) and closes it after them. */
export function useSession(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('La session du navigateur n’est pas ouverte.');
    return session;
  };
}

/**
 * For the tests that prove an audit check on itself: Chromium alone (no site), open for the test file, and a way to
 * run the check on a tiny page given to it directly, in a fresh tab of the given viewport.
 */
export function useTinyPages(viewport: { width: number; height: number }): <T>(html: string, check: (tab: Page) => Promise<T>) => Promise<T> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  return async (html, check) => {
    if (!browser) throw new Error('Le navigateur n’est pas ouvert.');
    const context = await browser.newContext({ viewport });
    try {
      const tab = await context.newPage();
      await tab.setContent(html);
      return await check(tab);
    } finally {
      await context.close();
    }
  };
}

export interface BuiltCopy extends Session {
  project: TempProject;
  build: BuildRun;
  /** The copy's built site. */
  dist: string;
}

/**
 * A throw-away copy of the project, changed by `prepare` (a photo, a longer
 * report…), built by Astro alone (`astro build`: no content check, social cards
 * or search index, not these tests' concern), served and opened in Chromium. `close()` also removes the copy: content/ is never touched.
 */
export async function openBuiltCopy(prepare: (dir: string) => void | Promise<void>, copy: Parameters<typeof copyProject>[1] = {}): Promise<BuiltCopy> {
  const project = copyProject('.', copy);
  try {
    await prepare(project.dir);
    const build = await runBuild(project.dir);
    if (!build.ok) throw new Error(build.output.slice(-3000));
    const dist = join(project.dir, 'dist');
    const session = await openSession(dist);
    return {
      ...session,
      project,
      build,
      dist,
      close: async () => {
        await session.close();
        project.remove();
      },
    };
  } catch (error) {
    project.remove();
    throw error;
  }
}
