import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leafPageKey, siteFingerprint } from '../../src/lib/build/page-keys.ts';
import { readReportShape } from '../../src/model/report-shape.ts';

const shape = readReportShape('.');
const leafFolder = shape.niveaux.at(-1)!.dossier;
let root: string;

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const leaf = (title: string, body: string) => `---\ntitre: ${title}\nnumero: 1\n---\n\n${body}\n`;
const fingerprint = (computed = 'conforme') => siteFingerprint(root, shape, computed);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'page-keys-'));
  write(`content/${leafFolder}/a.md`, leaf('Premier', 'Le texte de la première.'));
  write(`content/falc/${leafFolder}/a.md`, leaf('Premier', 'Le texte facile.'));
  write(`content/${leafFolder}/b.md`, leaf('Deuxième', 'Le texte de la deuxième.'));
  write('content/glossaire/mot.md', '---\nterme: mot\n---\n');
  write('public/logo.svg', '<svg/>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the keys of the leaves’ pages', () => {
  it('the site’s fingerprint ignores a leaf’s body, standard or FALC', () => {
    const before = fingerprint();
    write(`content/${leafFolder}/b.md`, leaf('Deuxième', 'Un autre texte.'));
    write(`content/falc/${leafFolder}/a.md`, leaf('Premier', 'Un autre texte facile.'));
    expect(fingerprint()).toBe(before);
  });

  it('changes with a leaf’s header, any other file of content/ or public/, a new leaf, and what pages compute', () => {
    const seen = new Set([fingerprint()]);
    const changes = [
      () => write(`content/${leafFolder}/b.md`, leaf('Deuxième (titre changé)', 'Le texte de la deuxième.')),
      () => write('content/glossaire/mot.md', '---\nterme: mot\ndefinition: Un mot.\n---\n'),
      () => write('public/logo.svg', '<svg viewBox="0 0 1 1"/>'),
      () => write(`content/${leafFolder}/c.md`, leaf('Troisième', 'Nouvelle.')),
    ];
    for (const change of changes) {
      change();
      seen.add(fingerprint());
    }
    seen.add(fingerprint('non conforme'));
    expect(seen.size).toBe(changes.length + 2);
  });

  it('a leaf’s key changes with its own body and its twin’s, not with another leaf’s', () => {
    const site = fingerprint();
    const files = [`content/${leafFolder}/a.md`, `content/falc/${leafFolder}/a.md`];
    const key = () => leafPageKey(root, site, files);
    const first = key();
    write(`content/${leafFolder}/b.md`, leaf('Deuxième', 'Un autre texte.'));
    expect(key()).toBe(first);
    write(`content/falc/${leafFolder}/a.md`, leaf('Premier', 'Un autre texte facile.'));
    const second = key();
    expect(second).not.toBe(first);
    write(`content/${leafFolder}/a.md`, leaf('Premier', 'Un autre texte.'));
    expect(key()).not.toBe(second);
  });
});
