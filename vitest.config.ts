import { defineConfig } from 'vitest/config';

// `unit` runs on source files only; `site` parses the built `dist/` and `browser`
// opens it in Chromium, so both run after `npm run build` (see the `test` script).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node' } },
      // Browser tests: Debian's Chromium through Playwright, on dist/ served locally.
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], environment: 'node', fileParallelism: false } },
    ],
  },
});
