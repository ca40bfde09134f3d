import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  builtPlaceholders, contentPlaceholders, formatPlaceholders, placeholdersInYaml,
} from '../../src/lib/checks/publication-placeholders.ts';

const run = promisify(execFile);
const NODE = resolve('node_modules/.bin/node');
const SCRIPT = resolve('scripts/publier-verifier.ts');

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A project folder with the given files (path → text). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'publication-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const SITE_WITH_EXAMPLES = [
  '# À remplacer par l’adresse réelle avant la mise en ligne (a comment: not published).',
  'adresse: https://example.org',
  'contact:',
  '  email: accessibilite@EXAMPLE.org',
  '  adressePostale:',
  '    - Département du Pas-de-Calais',
  '    - Service à préciser (exemple à remplacer)',
].join('\n');
const CLEAN_SITE = 'adresse: https://bilan.pasdecalais.fr\ncontact:\n  email: accessibilite@pasdecalais.fr\n';

describe('placeholdersInYaml', () => {
  it('finds example values with their line, never in comments', () => {
    expect(placeholdersInYaml(SITE_WITH_EXAMPLES)).toEqual([
      { placeholder: 'example.org', line: 2 },
      { placeholder: 'example.org', line: 4 },
      { placeholder: 'à remplacer', line: 7 },
      { placeholder: 'à préciser', line: 7 },
    ]);
    expect(placeholdersInYaml(CLEAN_SITE)).toEqual([]);
  });
});

describe('contentPlaceholders and builtPlaceholders', () => {
  it('report the file and line in content/ (front matter and text) and each built file', () => {
    const dir = project({
      'content/site.yaml': SITE_WITH_EXAMPLES,
      'content/falc/pages/accessibilite.md': '---\ntitre: Contact\n---\n\nÉcrivez au Département.\nVoici l’adresse mail : accessibilite@example.org\n',
      'content/pages/edito.md': '---\ntitre: Édito à préciser\n---\n\nTexte.\n',
      'dist/index.html': '<!doctype html><link rel="canonical" href="https://example.org/">',
      'dist/sitemap-0.xml': '<urlset><url><loc>https://example.org/</loc></url></urlset>',
      'dist/_astro/photo.avif': 'example.org',
      'dist/accessibilite/index.html': '<html>\n<body>\n<p>Service À PRÉCISER</p>\n<p>à préciser</p>\n<a href="mailto:a@Example.org">a@example.org</a>\n',
    });
    expect(contentPlaceholders(dir)).toEqual([
      { file: 'content/falc/pages/accessibilite.md', line: 6, placeholder: 'example.org' },
      { file: 'content/pages/edito.md', line: 2, placeholder: 'à préciser' },
      { file: 'content/site.yaml', line: 2, placeholder: 'example.org' },
      { file: 'content/site.yaml', line: 4, placeholder: 'example.org' },
      { file: 'content/site.yaml', line: 7, placeholder: 'à remplacer' },
      { file: 'content/site.yaml', line: 7, placeholder: 'à préciser' },
    ]);
    expect(builtPlaceholders(join(dir, 'dist'), dir)).toEqual([
      // Each example once per file, at its first line, whatever its case.
      { file: 'dist/accessibilite/index.html', line: 3, placeholder: 'à préciser' },
      { file: 'dist/accessibilite/index.html', line: 5, placeholder: 'example.org' },
      { file: 'dist/index.html', line: 1, placeholder: 'example.org' },
      { file: 'dist/sitemap-0.xml', line: 1, placeholder: 'example.org' },
    ]);
  });

  it('says where to replace them, the built site in one line per example', () => {
    const message = formatPlaceholders({
      content: [{ file: 'content/site.yaml', line: 4, placeholder: 'example.org' }],
      built: ['dist/index.html', 'dist/a/index.html', 'dist/b/index.html', 'dist/c/index.html'].map((file) => ({ file, line: 1, placeholder: 'example.org' })),
    });
    expect(message).toContain('content/site.yaml:4 : « example.org »');
    expect(message).toContain('site construit : « example.org » dans 4 fichiers (dist/index.html, dist/a/index.html, dist/b/index.html, …)');
  });
});

describe('npm run publier:verifier', () => {
  it('fails while an example value is left, with the place to fix', async () => {
    const dir = project({ 'content/site.yaml': SITE_WITH_EXAMPLES, 'dist/index.html': '<p>Bilan</p>' });
    const failure = await run(NODE, [SCRIPT], { cwd: dir }).then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('content/site.yaml:2 : « example.org »');
  }, 60_000);

  it('passes when the content and the built site hold real values', async () => {
    const dir = project({ 'content/site.yaml': CLEAN_SITE, 'dist/index.html': '<p>Bilan</p>' });
    const { stdout } = await run(NODE, [SCRIPT], { cwd: dir });
    expect(stdout).toContain('le site peut être publié');
  }, 60_000);

  it('asks for a build first', async () => {
    const dir = project({ 'content/site.yaml': CLEAN_SITE });
    const failure = await run(NODE, [SCRIPT], { cwd: dir }).then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('npm run build');
  }, 60_000);
});
