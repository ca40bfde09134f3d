import { describe, expect, it } from 'vitest';
import { findAcronyms, spelledOut } from '../../src/lib/glossary/acronyms.ts';

const names = (text: string) => spelledOut(text).map((s) => [s.acronym, s.expansion, text.slice(s.start, s.end)]);

describe('acronyms spelled out next to them, from the report’s sentences', () => {
  it.each([
    ['le Canal Seine-Nord Europe (CSNE) ou encore', 'CSNE', 'Canal Seine-Nord Europe'],
    ["le Laboratoire d'usages culture(s) arts société (LUCAS). Durant 10 mois", 'LUCAS', "Laboratoire d'usages culture(s) arts société"],
    ["l'accompagnement ADSL (autonome dans son logement) du Logement d'abord.", 'ADSL', 'autonome dans son logement'],
    ["Le dispositif d'Entrée dans la vie autonome par le logement (ENVAUL) cible les jeunes", 'ENVAUL', 'Entrée dans la vie autonome par le logement'],
    // The most natural reading wins: « aide » gives the A, not the small word « à ».
    ["la création de l'aide à la vie partagée (AVP).", 'AVP', 'aide à la vie partagée'],
    ['la Direction départementale de protection des populations (DDPP) et', 'DDPP', 'Direction départementale de protection des populations'],
    ["l'Engagement pour le renouveau du bassin minier (ERBM), le Canal", 'ERBM', 'Engagement pour le renouveau du bassin minier'],
  ])('%s', (text, acronym, expansion) => {
    expect(names(text)).toContainEqual([acronym, expansion, expansion]);
  });

  it('takes nothing that does not spell the acronym, and never reads across a sentence', () => {
    expect(spelledOut('Les jeunes (RSA) sont accueillis.')).toEqual([]);
    expect(spelledOut('La MDPH (voir plus haut) aide.')).toEqual([]);
    // « Moyens. Des Personnes Handicapées » would spell MDPH across the full stop.
    expect(spelledOut('Les Moyens. Des Personnes Handicapées (MDPH)')).toEqual([]);
  });

  it('finds acronyms as whole words of two capitals or more', () => {
    expect(findAcronyms('La MDPH, le S3A, EDEN 62 ; pas Mdph ni A ni xRSA.').map((a) => a.text)).toEqual(['MDPH', 'S3A', 'EDEN']);
  });
});
