import { defineConfig } from 'vitest/config';

// `unit` runs on source files only; `site` parses the built `dist/` and `browser`
// opens it in Chromium, so both run after `npm run build` (see the `test` script).
// Time limits are set for a busy 2-core machine (CI may run alongside other work):
// Vitest's default of 5 s is kept for unit tests, which are pure, and every unit
// test that starts a process sets its own limit (tests/helpers/run-node.ts).
export default defineConfig({
  test: {
    // One temporary folder per run, removed at its end (tests/helpers/temp-folder-setup.ts).
    globalSetup: ['tests/helpers/temp-folder-setup.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // Each site test reads and parses every page of dist/ (112 pages, and more for a long report).
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      // Browser tests: Debian's Chromium through Playwright, on dist/ served locally. Every test drives
      // the browser (navigation, axe, screenshots) and every hook starts a server and Chromium.
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
