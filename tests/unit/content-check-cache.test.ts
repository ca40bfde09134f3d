/**
 * The build's content check remembered between builds (issue 20): same issues,
 * warnings included, when nothing it reads changed; checked again after any
 * change to the content, to public/, or to the checks' code.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentCached, contentCheckKey, contentCheckKeys } from '../../src/lib/build/content-check-cache.ts';

const SITE_YAML = 'titre: Bilan\norganisation: Département\nadresse: https://example.org\ncontact:\n  email: a@example.org\n  adressePostale: [Département]\n';
const accueil = '---\ntitre: Accueil\n---\n\nBienvenue.\n';
/** A FALC page with one warning (a sentence of 13 words). */
const falcAccueil =
  '---\ntitre: Accueil\nsource: pages/accueil\nrelecture:\n  statut: a-relire\n  relecteurs: []\n---\n\n## :accueil: Bonjour\n\n' +
  'Le Département aide les familles du Pas-de-Calais avec des conseils et un peu d’argent.\n';

const roots: string[] = [];
function write(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
function tree(): { root: string; code: string; cacheFile: string } {
  const root = mkdtempSync(join(tmpdir(), 'cache-contenu-'));
  roots.push(root);
  for (const [path, text] of Object.entries({
    'content/site.yaml': SITE_YAML,
    // Every project has the shape of its report: here the bilan's.
    'content/rapport.yaml': readFileSync('content/rapport.yaml', 'utf8'),
    'content/pictogrammes.yaml': 'accueil:\n  symbole: hello\n  sens: L’accueil\n',
    'public/pictogrammes/hello.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>',
    'content/pages/accueil.md': accueil,
    'content/falc/pages/accueil.md': falcAccueil,
  })) write(root, path, text);
  // A stand-in for the tool's code: what the key reads of it, not what runs.
  const code = join(root, 'outil');
  mkdirSync(join(code, 'src'), { recursive: true });
  cpSync(resolve('package-lock.json'), join(code, 'package-lock.json'));
  write(code, 'src/lib/check.ts', 'export const version = 1;\n');
  return { root, code, cacheFile: join(root, 'cache/verification.json') };
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the content check between builds', () => {
  it('gives the same issues, warnings included, without checking again when nothing changed', async () => {
    const { root, code, cacheFile } = tree();
    const first = await checkContentCached(root, { cacheFile, codeRoot: code });
    expect(first.unchanged).toBe(false);
    expect(first.issues.some((issue) => issue.severity === 'warning')).toBe(true);
    expect(first.issues.some((issue) => issue.severity === 'error')).toBe(false);
    const second = await checkContentCached(root, { cacheFile, codeRoot: code });
    expect(second).toEqual({ issues: first.issues, unchanged: true });
  }, 60_000);

  it('checks again, and finds the new error, after a content file changed', async () => {
    const { root, code, cacheFile } = tree();
    await checkContentCached(root, { cacheFile, codeRoot: code });
    // The FALC twin now points to a page that does not exist.
    write(root, 'content/falc/pages/accueil.md', falcAccueil.replace('source: pages/accueil', 'source: pages/nulle-part'));
    const after = await checkContentCached(root, { cacheFile, codeRoot: code });
    expect(after.unchanged).toBe(false);
    expect(after.issues.some((issue) => issue.severity === 'error' && issue.file.includes('accueil'))).toBe(true);
    expect((await checkContentCached(root, { cacheFile, codeRoot: code })).unchanged).toBe(true);
  }, 60_000);

  it('has a new key after any change to what the check reads or runs', () => {
    const { root, code } = tree();
    const keys = [contentCheckKey(root, code)];
    const change = (base: string, path: string, text: string) => {
      write(base, path, text);
      keys.push(contentCheckKey(root, code));
    };
    change(root, 'content/glossaire/mot.md', '---\nterme: Mot\n---\n\nUn mot.\n'); // a file added
    change(root, 'public/pictogrammes/hello.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"/>');
    change(root, 'reports/pdf.json', '{}');
    change(code, 'src/schemas/page.ts', 'export const schema = 2;\n'); // a schema
    change(code, 'src/lib/check.ts', 'export const version = 2;\n'); // the checks' code
    rmSync(join(root, 'content/glossaire/mot.md'));
    keys.push(contentCheckKey(root, code)); // a file removed
    expect(new Set(keys).size).toBe(keys.length);
    expect(contentCheckKey(root, code)).toBe(keys.at(-1));
  });

  it('keeps the per-file results through edits of content/’s Markdown only', () => {
    const { root, code } = tree();
    const memoKey = () => contentCheckKeys(root, code).memo;
    const first = memoKey();
    write(root, 'content/pages/accueil.md', accueil.replace('Bienvenue', 'Bonjour'));
    write(root, 'content/glossaire/mot.md', '---\nterme: Mot\n---\n\nUn mot.\n');
    expect(memoKey()).toBe(first);
    const keys = [first];
    for (const [base, path, text] of [
      [root, 'content/pictogrammes.yaml', 'accueil:\n  symbole: hello\n  sens: Bienvenue\n'],
      [root, 'public/pictogrammes/hello.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"/>'],
      [root, 'reports/pdf.json', '{}'],
      [code, 'src/lib/check.ts', 'export const version = 2;\n'],
    ] as const) {
      write(base, path, text);
      keys.push(memoKey());
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});
