import { frenchNumber } from '../../../src/lib/falc/rules/nombre-en-lettres.ts';
import { describe, expect, it } from 'vitest';
import { lintFalcText } from '../../../src/lib/falc/index.ts';
import type { FalcFileData } from '../../../src/lib/falc/types.ts';

/** Sentences (text) and word counts of a paragraph, after French normalisation. */
async function read(text: string, options: { elisions?: 'un-mot' | 'deux-mots' } = {}) {
  const report = await lintFalcText(text, { only: [], ...options });
  const model = (report.file.data as FalcFileData).falc!;
  return model.sentences.map((sentence) => [sentence.text, sentence.wordCount]);
}

describe('French normalisation and sentence splitting', () => {
  it.each([
    ['M. Dupont et Mme Durand viennent.', [['M. Dupont et Mme Durand viennent.', 6]]],
    ['Des livres, etc. Le maire vient.', [['Des livres, etc.', 3], ['Le maire vient.', 3]]],
    ['Des livres, etc. et des jeux.', [['Des livres, etc. et des jeux.', 6]]],
    ['Voir l’art. 3 du code.', [['Voir l’art. 3 du code.', 5]]],
    ['Il dit « Bonjour ! » puis il part.', [['Il dit « Bonjour ! » puis il part.', 6]]],
    ['Il dit « Bonjour ! » Puis il part.', [['Il dit « Bonjour ! »', 3], ['Puis il part.', 3]]],
    ['Il y a 1 500 000 habitants.', [['Il y a 1 500 000 habitants.', 5]]],
    ['Il y a 3\u00a0000 places et 4\u202f500 lits.', [['Il y a 3\u00a0000 places et 4\u202f500 lits.', 8]]],
    ['Soit 12,5 % du budget.', [['Soit 12,5 % du budget.', 4]]],
    ['Le 1er et le 2e au XXe siècle.', [['Le 1er et le 2e au XXe siècle.', 8]]],
    ['La M.D.P.H. aide. Le n° 3 aussi.', [['La M.D.P.H. aide.', 3], ['Le n° 3 aussi.', 4]]],
    ['Le 12/03/2024 à Arras.', [['Le 12/03/2024 à Arras.', 4]]],
    ['Il aide les communes\nIl donne des conseils', [['Il aide les communes', 4], ['Il donne des conseils', 4]]],
    ['Il aide les communes\ndu Pas-de-Calais.', [['Il aide les communes\ndu Pas-de-Calais.', 6]]],
    ['Pour qui ? Les enfants.', [['Pour qui ?', 2], ['Les enfants.', 2]]],
  ])('%j', async (text, expected) => {
    expect(await read(text)).toEqual(expected);
  });

  it('counts an elided word as one word by default, two on request', async () => {
    expect(await read('C’est l’été.')).toEqual([['C’est l’été.', 2]]);
    expect(await read('C’est l’été.', { elisions: 'deux-mots' })).toEqual([['C’est l’été.', 4]]);
  });

  it('does not read the pictogram of a heading, bare addresses or code', async () => {
    const sentences = await read('## :mairie: Le Département\n\nVoir https://www.pasdecalais.fr et `code` ici.\n');
    expect(sentences).toEqual([
      ['Le Département', 2],
      ['Voir  et `code` ici.', 3],
    ]);
  });
});

describe('frenchNumber', () => {
  it('reads number words and compounds', () => {
    expect([frenchNumber('trois'), frenchNumber('quatre-vingt-dix'), frenchNumber('deux-cents'), frenchNumber('un-une')]).toEqual([3, 90, 200, undefined]);
  });

  it('never takes a word for a key of an object prototype', () => {
    expect([frenchNumber('constructor'), frenchNumber('vingt-constructor'), frenchNumber('tostring')]).toEqual([undefined, undefined, undefined]);
  });
});
