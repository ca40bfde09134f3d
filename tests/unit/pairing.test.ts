import { describe, expect, it } from 'vitest';
import { checkPairs } from '../../src/lib/pairing/check-pairs.ts';
import { checkDrift } from '../../src/lib/pairing/check-drift.ts';

const standardPages = ['pages/accueil', 'ambitions/st-01', 'ambitions/st-02'];

describe('checkPairs', () => {
  it('accepts pages that all have their twin', () => {
    const issues = checkPairs({
      standardPages,
      falcPages: standardPages.map((path) => ({ path, source: path })),
    });
    expect(issues).toEqual([]);
  });

  it('names the missing FALC file and how to create it', () => {
    const issues = checkPairs({
      standardPages,
      falcPages: [{ path: 'pages/accueil', source: 'pages/accueil' }, { path: 'ambitions/st-01', source: 'ambitions/st-01' }],
    });
    expect(issues).toEqual([
      {
        file: 'content/ambitions/st-02.md',
        severity: 'error',
        message:
          'La version facile à lire de cette page manque. Créez le fichier content/falc/ambitions/st-02.md avec dans l’en-tête « titre: … », « source: ambitions/st-02 » et « relecture: { statut: a-relire } » (voir docs/guide-redaction.md).',
      },
    ]);
  });

  it('requires the source of a FALC page to be its own path and a page that exists', () => {
    const issues = checkPairs({
      standardPages: ['pages/accueil'],
      falcPages: [
        { path: 'pages/accueil', source: 'pages/accueil' },
        { path: 'ambitions/st-01', source: undefined },
        { path: 'ambitions/st-02', source: 'ambitions/st-03', sourceLine: 3 },
        { path: 'ambitions/st-09', source: 'ambitions/st-09', sourceLine: 3 },
      ],
    });
    // (A missing source is the front matter check's to report.)
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      'content/falc/ambitions/st-02.md:3 La source « ambitions/st-03 » ne correspond pas à l’emplacement du fichier : écrivez « source: ambitions/st-02 », ou déplacez le fichier dans content/falc/ambitions/st-03.md.',
      'content/falc/ambitions/st-09.md:3 La page d’origine content/ambitions/st-09.md n’existe pas : supprimez cette version facile à lire ou recréez la page d’origine.',
    ]);
  });
});

describe('checkDrift', () => {
  it('warns when the standard page changed since the FALC text was recorded', () => {
    expect(
      checkDrift([
        { path: 'ambitions/st-01', recordedSource: 'aaaa', currentSource: 'bbbb', line: 9 },
        { path: 'ambitions/st-02', recordedSource: 'cccc', currentSource: 'cccc' },
        { path: 'ambitions/st-03', recordedSource: undefined, currentSource: 'dddd' },
      ]),
    ).toEqual([
      {
        file: 'content/falc/ambitions/st-01.md',
        line: 9,
        severity: 'warning',
        message:
          'Version facile à lire à revoir : la page d’origine content/ambitions/st-01.md a changé depuis l’écriture de ce texte. Relisez-le, puis enregistrez la relecture avec « npm run falc:valider -- ambitions/st-01 ».',
      },
    ]);
  });
});
