/**
 * `npm run pictogramme`: an editor on a fresh clone finds a pictogram by a French
 * word in the whole Mulberry set (its index ships with the project), sees it on
 * a local contact sheet, and imports a new drawing from their own copy of the set.
 * Run in a copy of the project's list and drawings: nothing outside it is read.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/pictogramme.ts');

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'pictogramme-'));
  cpSync(resolve('content/pictogrammes.yaml'), join(root, 'content/pictogrammes.yaml'));
  cpSync(resolve('public/pictogrammes'), join(root, 'public/pictogrammes'), { recursive: true });
  return root;
}

function run(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run pictogramme -- chercher', () => {
  it('finds « école » with its French meaning, symbol, file and a contact sheet to see it', () => {
    const root = project();
    const { code, out, err } = run(root, 'chercher', 'école');
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^\d+ pictogrammes pour « école »/);
    // The project's own meaning comes first, with the file to open.
    expect(lines[1]).toBe('- L\'école, le collège — symbole school (Établissement scolaire) — déjà utilisé : « :ecole: », fichier public/pictogrammes/school.svg');
    // Symbols the project does not carry: how to import them.
    expect(out).toContain('- sac d\'école — symbole school_bag (Vêtements Accessoires) — à importer : npm run pictogramme -- importer school_bag --depuis <dossier Mulberry>');
    expect(lines.at(-1)).toBe('Pour les voir : ouvrez reports/pictogrammes.html dans un navigateur.');
    const sheet = readFileSync(join(root, 'reports/pictogrammes.html'), 'utf8');
    expect(sheet).toContain('<html lang="fr">');
    expect(sheet).toContain('<img src="../public/pictogrammes/school.svg" alt=""');
    expect(sheet).toContain('Mulberry Symbols, © Steve Lee, licence CC BY-SA 4.0');
  }, 60_000);

  it('finds words the set has no French name for, through the project’s keywords', () => {
    const root = project();
    const sourd = run(root, 'chercher', 'sourd');
    expect(sourd.code).toBe(0);
    expect(sourd.out).toContain('symbole hearing_aid_1');
    expect(sourd.out).toContain('- La surdité, les personnes sourdes ou qui entendent mal — symbole hearing_aid_1 (Santé Produits médicaux) — déjà utilisé : « :surdite: »');
  }, 60_000);

  it('lists every kind of disability for « handicap », the general one first', () => {
    const { out } = run(project(), 'chercher', 'handicap');
    const names = [...out.matchAll(/déjà utilisé : « :([a-z-]+): »/g)].map((m) => m[1]);
    expect(names[0]).toBe('handicap');
    expect([...names].sort()).toEqual(['autisme', 'handicap', 'handicap-intellectuel', 'handicap-moteur', 'handicap-visuel', 'surdite']);
  }, 60_000);

  it('searches the whole set by English name and tags, not only the drawings the project carries', () => {
    const root = project();
    const { code, out } = run(root, 'chercher', 'hedgehog');
    expect(code).toBe(0);
    expect(out).toMatch(/symbole hedgehog .*à importer/);
  }, 60_000);

  it('says so in French when nothing matches or no word is given', () => {
    const root = project();
    expect(run(root, 'chercher', 'zzzqqq').out.trim()).toBe('Aucun pictogramme pour « zzzqqq ». Essayez un autre mot, au singulier, ou en anglais (« school »).');
    const none = run(root, 'chercher');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^Indiquez un mot à chercher, par exemple : npm run pictogramme -- chercher école/);
  }, 60_000);
});

describe('npm run pictogramme -- importer', () => {
  it('copies the drawing from the editor’s copy of the set and prints the entry to add', () => {
    const root = project();
    const mulberry = join(root, 'telechargements/mulberry');
    mkdirSync(join(mulberry, 'EN'), { recursive: true });
    const drawing = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>';
    writeFileSync(join(mulberry, 'EN', 'hedgehog.svg'), drawing);
    const { code, out, err } = run(root, 'importer', 'hedgehog', '--depuis', mulberry);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(root, 'public/pictogrammes/hedgehog.svg'), 'utf8')).toBe(drawing);
    expect(out).toContain('public/pictogrammes/hedgehog.svg : copié.');
    expect(out).toContain('nom-du-sens:\n  symbole: hedgehog\n');
  }, 60_000);

  it('refuses, in French, a symbol that is not in the set or a folder without it', () => {
    const root = project();
    const unknown = run(root, 'importer', 'licorne', '--depuis', root);
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim()).toBe('Le symbole « licorne » n’est pas dans les Mulberry Symbols. Cherchez son nom : npm run pictogramme -- chercher <mot>.');
    const absent = run(root, 'importer', 'hedgehog', '--depuis', join(root, 'nulle-part'));
    expect(absent.code).toBe(1);
    expect(absent.err).toMatch(/^Fichier introuvable : .*nulle-part\/hedgehog\.svg\./);
    expect(existsSync(join(root, 'public/pictogrammes/hedgehog.svg'))).toBe(false);
    const noFolder = run(root, 'importer', 'hedgehog');
    expect(noFolder.err.trim()).toBe('Indiquez où est votre copie des Mulberry Symbols : --depuis <dossier> (le dossier qui contient EN/).');
  }, 60_000);
});
