import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on source files only; `site` parses the built `dist/`
// and therefore runs after `npm run build` (see the `test` script).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
