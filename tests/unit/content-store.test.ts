import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStoreIfSchemasChanged } from '../../src/lib/build/content-store.ts';

describe('dropStoreIfSchemasChanged', () => {
  it('keeps Astro’s content store while the schemas are unchanged, and drops it when one changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    mkdirSync(join(root, 'src/schemas'), { recursive: true });
    mkdirSync(join(root, 'node_modules/.astro'), { recursive: true });
    writeFileSync(join(root, 'src/content.config.ts'), 'export const collections = {};\n');
    writeFileSync(join(root, 'src/schemas/glossary-term.ts'), 'export const a = 1;\n');
    const store = join(root, 'node_modules/.astro/data-store.json');
    const writeStore = () => writeFileSync(store, '{"entries":[]}');

    writeStore();
    expect(dropStoreIfSchemasChanged(root)).toBe(true); // no record yet: the store's schemas are unknown
    expect(existsSync(store)).toBe(false);

    writeStore();
    expect(dropStoreIfSchemasChanged(root)).toBe(false);
    expect(readFileSync(store, 'utf8')).toBe('{"entries":[]}');

    writeFileSync(join(root, 'src/schemas/glossary-term.ts'), 'export const a = 2; // exclure added\n');
    expect(dropStoreIfSchemasChanged(root)).toBe(true);
    expect(existsSync(store)).toBe(false);
  });
});
