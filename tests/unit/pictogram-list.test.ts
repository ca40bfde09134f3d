/**
 * The list of pictograms (content/pictogrammes.yaml): one meaning per picture and
 * one picture per meaning, each error in French with the file and the line.
 */
import { describe, expect, it } from 'vitest';
import { checkPictogramList, checkPictograms } from '../../src/lib/checks/check-pictograms.ts';
import { pictograms } from '../../src/lib/pictograms/pictograms.ts';

const KNOWN = new Set(['autism', 'wheelchair', 'hearing_aid_1', 'jigsaw_puzzle_piece', 'school']);
const allDrawings = () => true;
const check = (yaml: string, hasDrawing: (s: string) => boolean = allDrawings) => checkPictogramList(yaml, hasDrawing, KNOWN);
const lines = (yaml: string) => check(yaml).map((i) => `${i.file}:${i.line} ${i.message}`);

describe('the list of pictograms', () => {
  it('accepts distinct meanings with distinct symbols', () => {
    expect(check('autisme:\n  symbole: jigsaw_puzzle_piece\n  sens: L’autisme\n  mots: [autiste]\nsurdite:\n  symbole: hearing_aid_1\n  sens: La surdité\n')).toEqual([]);
  });

  it('refuses one symbol for two meanings, naming both and the line', () => {
    const yaml = 'handicap:\n  symbole: wheelchair\n  sens: Le handicap\nautisme:\n  symbole: wheelchair\n  sens: L’autisme\n';
    expect(lines(yaml)).toEqual([
      'content/pictogrammes.yaml:5 Le symbole « wheelchair » sert déjà au sens « handicap » (ligne 1) : une image n’a qu’un sens. Choisissez un autre dessin pour « autisme » (npm run pictogramme -- chercher <mot>), ou gardez un seul des deux noms.',
    ]);
  });

  it('refuses one meaning with two symbols: the same label under two names', () => {
    const yaml = 'ecole:\n  symbole: school\n  sens: L’école\nclasse:\n  symbole: jigsaw_puzzle_piece\n  sens: "L’École"\n';
    expect(lines(yaml)).toEqual([
      'content/pictogrammes.yaml:6 Le sens « L’École » est déjà celui de « ecole » (ligne 1) : un sens n’a qu’une image. Gardez un seul des deux noms et utilisez-le dans les pages.',
    ]);
  });

  it('refuses one meaning with two symbols: the same name written twice', () => {
    const yaml = 'autisme:\n  symbole: jigsaw_puzzle_piece\n  sens: L’autisme\nautisme:\n  symbole: autism\n  sens: Les autistes\n';
    expect(lines(yaml)).toEqual([
      'content/pictogrammes.yaml:4 Le nom « autisme » est écrit deux fois (déjà ligne 1) : un sens n’a qu’une image. Gardez une seule entrée.',
    ]);
  });

  it('says what is missing: symbol of the set, its drawing, the meaning label, a usable name', () => {
    const yaml = 'licorne:\n  symbole: unicorn\n  sens: Une licorne\nEcole:\n  symbole: school\nsurdite:\n  symbole: hearing_aid_1\n  sens: La surdité\n';
    const issues = checkPictogramList(yaml, (s) => s !== 'hearing_aid_1', KNOWN).map((i) => `${i.line} ${i.message}`);
    expect(issues).toEqual([
      '2 « licorne » : « unicorn » n’est pas un symbole des Mulberry Symbols. Trouvez son nom exact avec npm run pictogramme -- chercher <mot>.',
      '4 Nom « Ecole » : écrivez-le en minuscules sans accent, les mots séparés par « - » (par exemple « handicap-moteur »), pour l’écrire « :Ecole: » dans les pages.',
      '4 « Ecole » : indiquez « sens: », ce que montre l’image en français (par exemple « L’autisme »).',
      '7 « surdite » : le dessin public/pictogrammes/hearing_aid_1.svg manque. Importez-le : npm run pictogramme -- importer hearing_aid_1 --depuis <dossier Mulberry>.',
    ]);
  });

  it('reports broken YAML at its line instead of failing', () => {
    const issues = check('autisme:\n  symbole: jigsaw_puzzle_piece\n sens: [L’autisme\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.message).toMatch(/^Le fichier n’est pas du YAML valide/);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(2);
  });
});

describe('the project’s own list', () => {
  it('passes the check: every drawing present in public/pictogrammes/, no picture shared', () => {
    expect(checkPictograms('.')).toEqual([]);
  });

  it('gives each kind of disability its own picture', () => {
    const list = pictograms('.');
    const kinds = ['handicap', 'handicap-moteur', 'surdite', 'autisme', 'handicap-intellectuel', 'handicap-visuel'];
    const symbols = kinds.map((k) => list.get(k)?.symbole);
    expect(symbols.every(Boolean)).toBe(true);
    expect(new Set(symbols).size).toBe(kinds.length);
  });
});
