/** The editors' JSON Schemas: up to date with the zod schemas, and they catch a mistake in VS Code's remark pipeline. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import { VFile } from 'vfile';
import type { Preset } from 'unified';
import remarkConfig from '../../.remarkrc.mjs';

// The editors' remark configuration, as the VS Code extension loads it.
const config = remarkConfig as unknown as Preset;
import { jsonSchemaFiles } from '../../src/lib/json-schemas.ts';

describe('JSON Schemas of the front matter', () => {
  it('are up to date (run `npm run schemas` after changing src/schemas/)', () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) {
      expect(readFileSync(`.vscode/schemas/${name}`, 'utf8'), name).toBe(text);
    }
  });

  it('flag a misspelt field and a missing one where the editor types', async () => {
    const file = new VFile({
      path: 'content/pactes/exemple.md',
      cwd: process.cwd(),
      value: '---\ntitr: Solidarités territoriales\ntitreComplet: Pacte\ncode: st\nordre: 1\n---\n',
    });
    await remark().use(config).process(file);
    const reasons = file.messages.map((m) => m.reason).join('\n');
    expect(reasons).toMatch(/titr/);
    expect(reasons).toMatch(/titre/);
  });

  it('accept a real page', async () => {
    const file = new VFile({ path: 'content/ambitions/st-01.md', cwd: process.cwd(), value: readFileSync('content/ambitions/st-01.md', 'utf8') });
    await remark().use(config).process(file);
    expect(file.messages.map((m) => m.reason)).toEqual([]);
  });
});
