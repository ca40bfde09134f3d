/** Debian's Chromium driven by Playwright, on the built site served locally. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/audit/server.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export interface Session {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  const server = await startStaticServer('dist');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
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
  }, 30_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('La session du navigateur n’est pas ouverte.');
    return session;
  };
}
