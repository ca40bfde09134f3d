/**
 * Bad input never breaks the site: each case of tests/fixtures/contenu/cas/ is a
 * small content tree (the base plus the case's files) given to `npm run
 * lint:content`. The test pins the exact French messages (file, line), the exit
 * code, and that no stack trace reaches the editor; when the check refuses the
 * content, `npm run build` must refuse it too, with the same messages, leaving
 * the published dist/ as it was. A few cases are generated
 * here because their files cannot sit in a repository as such (binary, 5 MB,
 * not UTF-8).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

const FIXTURES = resolve('tests/fixtures/contenu');
const SCRIPT = resolve('scripts/check-content.ts');
const BUILD = resolve('scripts/build.ts');

/** Said after an unreadable glossary entry's error: the FALC rules wait for its fix. */
const GLOSSARY_LINT_WAITS = 'Les textes FALC seront vérifiés une fois ce fichier corrigé : ils dépendent des mots que le glossaire explique.';

function site(caseFiles?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cas-'));
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  if (caseFiles && existsSync(caseFiles)) cpSync(caseFiles, root, { recursive: true });
  return root;
}

function run(root: string, script = SCRIPT): { code: number | null; lines: string[]; output: string } {
  const result = runNode(script, [], { cwd: root });
  const output = result.stdout + result.stderr;
  return { code: result.status, lines: output.split('\n').filter((l) => l.trim() !== ''), output };
}

/** `attendu.txt`: first line `code: N`, then the exact lines the editor must see. */
function expected(dir: string): { code: number; lines: string[] } {
  const [first = '', ...lines] = readFileSync(join(dir, 'attendu.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return { code: Number(first.replace('code: ', '')), lines };
}

function assertNoStackTrace(output: string): void {
  expect(output).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)|Error:|TypeError|node:internal/);
}

/** `npm run build` on the same content: the same messages, stopped before Astro, the published dist/ untouched. */
function expectBuildRefused(root: string, lines: string[]): void {
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), 'le site publié');
  const build = run(root, BUILD);
  expect({ code: build.code, lines: build.lines }).toEqual({
    code: 1,
    lines: [...lines, 'La construction est arrêtée : corrigez les erreurs ci-dessus. Le site déjà publié dans dist/ n’a pas changé.'],
  });
  assertNoStackTrace(build.output);
  expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
  expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('le site publié');
}

describe('the base content', () => {
  it('passes', () => {
    const { code, lines } = run(site());
    expect({ code, lines }).toEqual({ code: 0, lines: ['Vérification du contenu : 0 erreur, 0 avertissement.'] });
  }, CLI_TEST_TIMEOUT);
});

const cases = readdirSync(join(FIXTURES, 'cas')).sort();

describe.each(cases)('cas %s', (name) => {
  it('gives the exact French messages and exit code, without a stack trace', () => {
    const dir = join(FIXTURES, 'cas', name);
    const root = site(join(dir, 'fichiers'));
    const { code, lines, output } = run(root);
    expect({ code, lines }).toEqual(expected(dir));
    assertNoStackTrace(output);
    if (code === 1) expectBuildRefused(root, lines);
  }, CLI_TEST_TIMEOUT);
});

/** Puts a photo on the base's ambition st-01 (`image.src: ./images/<name>`). */
function addPhoto(root: string, name: string, bytes: Uint8Array): void {
  mkdirSync(join(root, 'content/ambitions/images'), { recursive: true });
  writeFileSync(join(root, 'content/ambitions/images', name), bytes);
  const file = join(root, 'content/ambitions/st-01.md');
  const photo = `image:\n  src: ./images/${name}\n  alt: Des enfants entrent dans la nouvelle école.\n  credit: "Photo : Camille Martin"\n`;
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\n${photo}`));
}

/** A PNG of noise stored without compression: `width × height × 3` bytes, like a camera original. */
async function heavyPng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 1;
  for (let i = 0; i < pixels.length; i++) pixels[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 23;
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
}

const generated: Record<string, { write: (root: string) => void | Promise<void>; code: number; lines: string[] }> = {
  'fichier binaire': {
    write: (root) => writeFileSync(join(root, 'content/glossaire/photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    code: 1,
    lines: [
      `content/glossaire/photo.md  erreur  Ce fichier n’est pas un texte (c’est peut-être une image ou un document Word) : enregistrez la page au format texte Markdown. ${GLOSSARY_LINT_WAITS}`,
      'Vérification du contenu : 1 erreur, 0 avertissement.',
    ],
  },
  'fichier de 5 Mo': {
    write: (root) => writeFileSync(join(root, 'content/glossaire/enorme.md'), `---\nterme: x\n---\n${'Du texte. '.repeat(524_288)}`),
    code: 1,
    lines: [
      `content/glossaire/enorme.md  erreur  Fichier trop gros (5 Mo) : une page fait au plus 1 Mo. Vérifiez qu’il s’agit bien d’une page en Markdown, ou coupez-la. ${GLOSSARY_LINT_WAITS}`,
      'Vérification du contenu : 1 erreur, 0 avertissement.',
    ],
  },
  'fichier en Latin-1': {
    write: (root) => writeFileSync(join(root, 'content/glossaire/latin.md'), Buffer.from('---\nterme: Départ\n---\n', 'latin1')),
    code: 1,
    lines: [
      `content/glossaire/latin.md  erreur  Ce fichier n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 dans votre éditeur (menu « Encodage »). ${GLOSSARY_LINT_WAITS}`,
      'Vérification du contenu : 1 erreur, 0 avertissement.',
    ],
  },
  'photo de 11 Mo': {
    write: async (root) => addPhoto(root, 'originale.png', await heavyPng(2400, 1600)),
    code: 0,
    lines: [
      'content/ambitions/st-01.md:3  avertissement  Image très lourde (content/ambitions/images/originale.png, 11 Mo ; au-delà de 10 Mo, c’est un original d’appareil photo) : le site la publie au plus à 1080 px de large. Réduisez-la à 2 000 px de large environ avant de l’ajouter, la construction sera plus rapide et le dépôt plus léger.',
      'Vérification du contenu : 0 erreur, 1 avertissement.',
    ],
  },
};

describe.each(Object.entries(generated))('cas généré : %s', (_name, c) => {
  it('gives the exact French message and exit code, without a stack trace', async () => {
    const root = site();
    await c.write(root);
    const { code, lines, output } = run(root);
    expect({ code, lines }).toEqual({ code: c.code, lines: c.lines });
    assertNoStackTrace(output);
  }, CLI_TEST_TIMEOUT);
});
