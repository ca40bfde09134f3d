import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleContentStore } from '../../src/lib/build/content-store.ts';

describe('dropStaleContentStore', () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    for (const [path, text] of Object.entries({
      'src/content.config.ts': 'export const collections = {};\n',
      'src/schemas/glossary-term.ts': 'export const a = 1;\n',
      'src/markdown/rehype-sanitize-content.ts': 'export default () => {};\n',
      'astro.config.mjs': 'export default {};\n',
      'package-lock.json': '{}\n',
      'content/rapport.yaml': 'niveaux: []\n',
      'content/ambitions/st-01.md': '---\ntitre: Une\n---\n',
      'content/ambitions/photo.jpg': 'image',
    })) write(path, text);
    mkdirSync(join(root, 'node_modules/.astro'), { recursive: true });
    const store = join(root, 'node_modules/.astro/data-store.json');
    const writeStore = () => writeFileSync(store, '{"entries":[]}');
    return { root, write, store, writeStore };
  };

  it('keeps Astro’s content store while what makes its entries is unchanged, and drops it when a part of it changes', () => {
    const { root, write, store, writeStore } = project();
    writeStore();
    expect(dropStaleContentStore(root)).toBe(true); // no record yet: what made the store is unknown
    expect(existsSync(store)).toBe(false);

    writeStore();
    expect(dropStaleContentStore(root)).toBe(false);
    expect(readFileSync(store, 'utf8')).toBe('{"entries":[]}');

    // Each thing that makes entries besides a page's text: a schema, a Markdown plugin, the shape, an image, a package.
    for (const [path, text] of [
      ['src/schemas/glossary-term.ts', 'export const a = 2; // exclure added\n'],
      ['src/markdown/rehype-sanitize-content.ts', 'export default () => { /* one more element removed */ };\n'],
      ['content/rapport.yaml', 'niveaux: [pactes]\n'],
      ['content/ambitions/photo.jpg', 'another image'],
      ['package-lock.json', '{ "remark": "next" }\n'],
    ]) {
      writeStore();
      write(path!, text!);
      expect(dropStaleContentStore(root), path).toBe(true);
      expect(existsSync(store), path).toBe(false);
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the store when pages are edited, added or removed: Astro compares each page’s text itself', () => {
    const { root, write, store, writeStore } = project();
    dropStaleContentStore(root);
    writeStore();
    write('content/ambitions/st-01.md', '---\ntitre: Une, corrigée\n---\n');
    write('content/ambitions/st-02.md', '---\ntitre: Deux\n---\n');
    expect(dropStaleContentStore(root)).toBe(false);
    rmSync(join(root, 'content/ambitions/st-02.md'));
    expect(dropStaleContentStore(root)).toBe(false);
    expect(readFileSync(store, 'utf8')).toBe('{"entries":[]}');
    rmSync(root, { recursive: true, force: true });
  });
});
