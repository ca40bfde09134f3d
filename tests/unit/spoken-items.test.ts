import { describe, expect, it } from 'vitest';
import { compareSpoken, samePhonemes, spokenItems, type SpokenItem } from '../../scripts/audit/spoken-items.ts';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('spokenItems', () => {
  it('finds numbers of 4 digits or more, grouped with any space or not, with their reference without separators', () => {
    expect(spokenItems(`Près de 44${NNBSP}950 élèves, 1${NBSP}159 projets, 30 000 repas et 2022 ; 950 places, 12,5 %.`)).toEqual([
      { kind: 'nombre', written: `44${NNBSP}950`, reference: '44950' },
      { kind: 'nombre', written: `1${NBSP}159`, reference: '1159' },
      { kind: 'nombre', written: '30 000', reference: '30000' },
      { kind: 'nombre', written: '2022', reference: '2022' },
    ]);
  });

  it('keeps a decimal part with its number, and never reads a year and the next number as one', () => {
    expect(spokenItems(`1${NNBSP}234,5 km`)).toEqual([{ kind: 'nombre', written: `1${NNBSP}234,5`, reference: '1234,5' }]);
    expect(spokenItems('en 2022 300 places').map((i) => i.written)).toEqual(['2022']);
  });

  it('skips digits glued to a word and numbers of 3 digits or less', () => {
    expect(spokenItems('Ingénierie62 aide 313 habitants ; le 62000 est un code postal.').map((i) => i.written)).toEqual(['62000']);
  });

  it('finds « Défi N », whose reference has no leading zero', () => {
    expect(spokenItems(`Défi 01${NBSP}: Investir ; le défi 3.`)).toEqual([
      { kind: 'numero', written: 'Défi 01', reference: 'Défi 1' },
      { kind: 'numero', written: 'défi 3', reference: 'Défi 3' },
    ]);
  });

  it('finds dates, in words or in figures, and does not check their year again as a number', () => {
    expect(spokenItems(`le 1er janvier 2026, le 05${NBSP}mars${NBSP}2024 et le 28/11/2026`)).toEqual([
      { kind: 'date', written: '1er janvier 2026', reference: '1er janvier 2026' },
      { kind: 'date', written: `05${NBSP}mars${NBSP}2024`, reference: '5 mars 2024' },
      { kind: 'date', written: '28/11/2026', reference: '28 novembre 2026' },
    ]);
  });

  it('finds nothing in a text without numbers', () => {
    expect(spokenItems('Le Département aide les communes.')).toEqual([]);
  });
});

describe('samePhonemes', () => {
  it('ignores stress, pauses and spacing, not the sounds', () => {
    expect(samePhonemes("m'il_! sA~ sE~kA~tn'Wf", 'mil sA~ sE~kA~tn\'Wf')).toBe(true);
    expect(samePhonemes("karA~tk'atr nWfsA~ sE~k'A~t", "karA~tkatr m'il_! nWfsA~ sE~k'A~t")).toBe(false);
    expect(samePhonemes("def'i zero 'W~", "def'i; 'W~")).toBe(false);
  });
});

describe('compareSpoken', () => {
  const items: SpokenItem[] = [
    { kind: 'nombre', written: `44${NNBSP}950`, reference: '44950' },
    { kind: 'nombre', written: '44 950', reference: '44950' },
  ];
  const phonemes = new Map([
    [`44${NNBSP}950`, "karA~tk'atr nWfsA~ sE~k'A~t"],
    ['44 950', "karA~tkatr m'il_! nWfsA~ sE~k'A~t"],
    ['44950', "karA~tkatr m'il_! nWfsA~ sE~k'A~t"],
  ]);

  it('says which items sound like their reference', () => {
    expect(compareSpoken(items, phonemes).map((c) => c.readRight)).toEqual([false, true]);
  });

  it('refuses to judge an item whose phonemes are missing', () => {
    expect(() => compareSpoken([{ kind: 'numero', written: 'Défi 01', reference: 'Défi 1' }], phonemes)).toThrow(/Défi 01/);
  });
});

describe('numbered labels of another report', () => {
  it('finds the numbered labels of the names it is given, and only those', () => {
    expect(spokenItems('Fiche 02 : le prêt. Partie 3. Défi 04.', ['fiche', 'Fiche'])).toEqual([
      { kind: 'numero', written: 'Fiche 02', reference: 'Fiche 2' },
    ]);
  });
});
