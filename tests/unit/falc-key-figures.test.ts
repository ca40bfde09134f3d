/**
 * FALC key figures: the number is found in the sentence, the content check
 * holds the sentence to the ambition's figure and to the FALC rules at the
 * editor's line, and the sentences are part of the reviewed text's fingerprint.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { findFigureNumber, numbersIn } from '../../src/lib/key-figure-number.ts';
import { figureSentenceLines } from '../../src/lib/falc-key-figure-text.ts';
import { falcFingerprint } from '../../src/lib/falc-fingerprint.ts';
import { contentHash } from '../../src/lib/content-hash.ts';
import { recordReview } from '../../src/lib/falc-validation.ts';
import { falcKeyFigureSchema } from '../../src/schemas/levels.ts';


describe('findFigureNumber', () => {
  it('finds the number whatever the thousands spacing, and not inside a longer number or a name', () => {
    expect(findFigureNumber('Ingénierie62 a aidé 1 159 projets.', '1159')).toMatchObject({ written: '1 159', start: 20, end: 25 });
    expect(findFigureNumber('Ingénierie62 a aidé 1159 projets.', '1 159')).toMatchObject({ written: '1159' });
    expect(findFigureNumber('Il a aidé 11 159 projets.', '1159')).toBeUndefined();
    expect(findFigureNumber('Ingénierie62 aide les communes.', '62')).toBeUndefined();
    expect(numbersIn('En 2024 149 100 rendez-vous')).toMatchObject([{ written: '2024' }, { written: '149 100' }]);
  });

  it('accepts the order of magnitude falc:grand-nombre suggests, when it is true and close', () => {
    const trees = 'Le Département a compté presque 50 mille arbres.';
    const found = findFigureNumber(trees, '48618')!;
    expect(trees.slice(found.start, found.end)).toBe('presque 50 mille');
    expect(findFigureNumber('Ingénierie62 a aidé plus de mille projets.', '1 159')).toMatchObject({ written: 'plus de mille' });
    expect(findFigureNumber('En 2024, presque 150 mille rendez-vous.', '149 100')).toMatchObject({ written: 'presque 150 mille' });
    // Untrue or far: « presque » below the figure, « plus de » above it, too far, or no hedge on a rounded number.
    expect(findFigureNumber('Il a compté presque 40 mille arbres.', '48618')).toBeUndefined();
    expect(findFigureNumber('Il a compté plus de 50 mille arbres.', '48618')).toBeUndefined();
    expect(findFigureNumber('Il a compté presque 60 mille arbres.', '48618')).toBeUndefined();
    expect(findFigureNumber('Il a compté plus de 10 mille arbres.', '48618')).toBeUndefined();
    expect(findFigureNumber('Il a compté 50 mille arbres.', '48618')).toBeUndefined();
  });

  it('keeps « millions » with the number it scales', () => {
    const text = 'Les cantines ont servi 16 millions de repas.';
    const found = findFigureNumber(text, '16')!;
    expect(text.slice(found.start, found.end)).toBe('16 millions');
  });
});

describe('figureSentenceLines', () => {
  it('keeps one sentence per line and sets the number apart, with French spacing', () => {
    expect(figureSentenceLines('Depuis 2022, Ingénierie62 a aidé 1 159 projets.\nIngénierie62 aide les communes.', '1159')).toEqual([
      { before: 'Depuis 2022, Ingénierie62 a aidé ', figure: '1 159', after: ' projets.' },
      { before: 'Ingénierie62 aide les communes.', after: '' },
    ]);
  });
});

describe('the pictogram of a FALC key figure', () => {
  it('is a known pictogram name', () => {
    const figure = { ambition: 'st-01', chiffre: 1, texte: 'Un texte de 12 mots.' };
    expect(falcKeyFigureSchema().safeParse({ ...figure, pictogramme: 'mairie' }).success).toBe(true);
    const wrong = falcKeyFigureSchema().safeParse({ ...figure, pictogramme: 'licorne' });
    expect(wrong.error?.issues[0]?.message).toBe('Pictogramme inconnu « licorne ». Choisissez un nom de content/pictogrammes.yaml, ou cherchez une image : npm run pictogramme -- chercher <mot>.');
  });
});

/** The fixture site (tests/fixtures/contenu/base: st-01 has one figure, 1159) with this FALC accueil's key figures. */
async function issuesWith(keyFigures: string, edit: (root: string) => void = () => {}): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'chiffres-falc-'));
  cpSync(resolve('tests/fixtures/contenu/base'), root, { recursive: true });
  edit(root);
  writeFileSync(
    join(root, 'content/falc/pages/accueil.md'),
    `---\ntitre: Accueil\nsource: pages/accueil\nchiffresCles:\n${keyFigures}relecture:\n  statut: a-relire\n  relecteurs: []\n---\n\n## :accueil: Bonjour\n\nLe Département aide les habitants.\n`,
  );
  const { issues } = await checkContent(root);
  return issues.map((i) => `${i.line}${i.column ? `:${i.column}` : ''} ${i.severity} ${i.message}`);
}
const figure = (texte: string, chiffre = 1, ambition = 'st-01') =>
  `  - ambition: ${ambition}\n    chiffre: ${chiffre}\n    pictogramme: mairie\n    texte: |-\n${texte.split('\n').map((l) => `      ${l}\n`).join('')}`;

describe('content check of the FALC key figures', () => {
  it('warns on the figure’s own big number, written with or without its space, and accepts its order of magnitude', async () => {
    const warning = (column: number, written: string) =>
      `9:${column} warning Grand nombre « ${written} » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison. (falc:grand-nombre)`;
    expect(await issuesWith(figure('Depuis 2022, Ingénierie62 a aidé 1 159 projets.'))).toEqual([warning(40, '1 159')]);
    expect(await issuesWith(figure('Depuis 2022, Ingénierie62 a aidé 1159 projets.'))).toEqual([warning(40, '1159')]);
    expect(await issuesWith(figure('Depuis 2022, Ingénierie62 a aidé plus de mille projets.'))).toEqual([]);
  });

  it('stops on a different or a missing number, at the line of the text', async () => {
    const message = '9 error Le texte doit contenir le chiffre 1 159 de l’ambition st-01 (chiffre 1).';
    expect(await issuesWith(figure('Depuis 2022, Ingénierie62 a aidé 1 158 projets.'))).toEqual([message]);
    expect(await issuesWith(figure('Depuis 2022, Ingénierie62 a aidé des projets.'))).toEqual([message]);
  });

  it('says nothing more when the ambition’s own value is wrong: its file’s error is enough', async () => {
    const wrongValue = (root: string) => {
      const file = join(root, 'content/ambitions/st-01.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('valeur: "1159"', 'valeur: mille'));
    };
    expect(await issuesWith(figure('Depuis 2022, Ingénierie62 a aidé des projets.'), wrongValue)).toEqual([
      '18 error « chiffres › n° 1 › valeur » : La valeur est un nombre écrit en chiffres, par exemple « 1 159 » ou « 60,2 ».',
    ]);
  });

  it('stops on an unknown ambition or a figure it does not have', async () => {
    expect(await issuesWith(figure('Ingénierie62 a aidé 1 159 projets.', 1, 'st-99'))).toEqual([
      '5 error L’ambition « st-99 » n’existe pas (noms possibles : st-01).',
    ]);
    expect(await issuesWith(figure('Ingénierie62 a aidé 1 159 projets.', 3))).toEqual([
      '6 error L’ambition « st-01 » n’a que 1 chiffre(s) : choisissez un numéro de 1 à 1.',
    ]);
  });

  it('lints the text with the FALC rules, at its line and column: another big number is still an error', async () => {
    expect(await issuesWith(figure('Depuis 2022, Ingénierie62 a aidé 1 159 projets.\nLe Département a donné 2 500 euros aux petites communes du Pas-de-Calais.'))).toEqual([
      '9:40 warning Grand nombre « 1 159 » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison. (falc:grand-nombre)',
      '10:30 error Grand nombre « 2 500 » : dites un ordre de grandeur, par exemple « plus de 2 mille », ou une comparaison. (falc:grand-nombre)',
    ]);
    expect(await issuesWith(figure('Ingénierie62 a aidé plus de mille projets des petites communes et des villes moyennes du Pas-de-Calais.'))).toEqual([
      '9:7 error Phrase de 16 mots : 15 au plus. Coupez-la en deux phrases. (falc:phrase-longue)',
    ]);
  });
});

describe('fingerprint of the reviewed FALC text', () => {
  const body = '\n## :aide: Section\n\nUne phrase.\n';

  it('is the body’s alone on a page without key figures, so earlier records stay valid', () => {
    expect(falcFingerprint(body)).toBe(contentHash(body));
    expect(falcFingerprint(body, [])).toBe(contentHash(body));
  });

  it('changes when a key figure’s sentence changes, and falc:valider records it', () => {
    const one = falcFingerprint(body, [{ texte: 'Ingénierie62 a aidé 1 159 projets.' }]);
    expect(one).not.toBe(contentHash(body));
    expect(falcFingerprint(body, [{ texte: 'Ingénierie62 a aidé 1 160 projets.' }])).not.toBe(one);
    const page = `---\ntitre: T\nsource: pages/accueil\nchiffresCles:\n  - ambition: st-01\n    chiffre: 1\n    pictogramme: mairie\n    texte: Ingénierie62 a aidé 1 159 projets.\nrelecture:\n  statut: a-relire\n  relecteurs: []\n---${body}`;
    expect(recordReview(page, 'source', { date: '2026-11-28' })).toContain(`  falc: ${one}\n`);
  });
});

describe('position of a one-line key figure text', () => {
  it('points at the text after its key and its quote', async () => {
    const oneLine = '  - ambition: st-01\n    chiffre: 1\n    pictogramme: mairie\n    texte: "Le Département a donné 2 500 euros et aidé 1 159 projets."\n';
    expect(await issuesWith(oneLine)).toEqual([
      '8:36 error Grand nombre « 2 500 » : dites un ordre de grandeur, par exemple « plus de 2 mille », ou une comparaison. (falc:grand-nombre)',
      '8:56 warning Grand nombre « 1 159 » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison. (falc:grand-nombre)',
    ]);
  });
});
