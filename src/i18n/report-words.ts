/**
 * The words of the report's shape (content/rapport.yaml) as the interface uses
 * them: « Ambition 3 », « Les trois pactes », « Ambition précédente »,
 * « Les thèmes ». Pages take them from here, so that a report whose levels
 * are « parties » and « fiches » reads right without a change of code.
 */
import { levelOfRole, projectShape, type Level, type LevelRole } from '../model/report-shape.ts';
import type { Version } from './version.ts';

export type { LevelRole };

/** The level of a role in this project's shape (see `levelOfRole`). */
export function levelOf(role: LevelRole): Level {
  const level = levelOfRole(projectShape(), role);
  if (!level) throw new Error(`The report's shape has no ${role} level`);
  return level;
}

function nameOf(role: LevelRole, version: Version) {
  const level = levelOf(role);
  return version === 'falc' ? level.nomFacile : level.nom;
}

const capitalise = (text: string) => `${text[0]!.toLocaleUpperCase('fr')}${text.slice(1)}`;

/** « Ambition », « Thème »: the name of one, as a label. */
export function levelLabel(role: LevelRole, version: Version = 'standard'): string {
  return capitalise(nameOf(role, version).singulier);
}

/** « Ambition 3 », « Défi 1 »: the number as a number, without a leading zero, which eSpeak NG reads « zéro un ». */
export function numberedLabel(role: LevelRole, numero: number, version: Version = 'standard'): string {
  return `${levelLabel(role, version)} ${numero}`;
}

const NUMBER_WORDS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];

/**
 * « Les trois pactes » in the standard version, « Les 3 pactes » in FALC
 * (figures are easier to read there); « Le pacte » for one.
 */
export function theLevels(role: LevelRole, count: number, version: Version = 'standard'): string {
  const name = nameOf(role, version);
  if (count === 1) return capitalise(`${definiteArticle(name.singulier, name.genre)}${name.singulier}`);
  const number = version === 'falc' || count >= NUMBER_WORDS.length ? String(count) : NUMBER_WORDS[count]!;
  return `Les ${number} ${name.pluriel}`;
}

/** « Les thématiques transversales », « Les thèmes »: all of them, without a count. */
export function allLevels(role: LevelRole, version: Version = 'standard'): string {
  return `Les ${nameOf(role, version).pluriel}`;
}

/** « l’ambition », « le pacte », « la fiche ». A name starting with a vowel is elided; one starting with h is not (h aspiré, « le handicap »). */
export function withArticle(role: LevelRole, version: Version = 'standard'): string {
  const name = nameOf(role, version);
  return `${definiteArticle(name.singulier, name.genre)}${name.singulier}`;
}

function definiteArticle(word: string, genre: 'masculin' | 'féminin'): string {
  if (startsWithVowel(word)) return 'l’';
  return genre === 'féminin' ? 'la ' : 'le ';
}

const startsWithVowel = (word: string) => /^[aeiouyàâäéèêëîïôöùûü]/i.test(word);

/** A level's name in the singular, as the messages of the editors' check use it (any report's shape, not only this project's). */
export interface NameForms {
  singulier: string;
  genre: 'masculin' | 'féminin';
}

/** « le pacte », « la partie », « l’ambition ». */
export const theName = ({ singulier, genre }: NameForms) => `${definiteArticle(singulier, genre)}${singulier}`;
/** « au pacte », « à la partie », « à l’ambition ». */
export const toTheName = (name: NameForms) => (startsWithVowel(name.singulier) || name.genre === 'féminin' ? `à ${theName(name)}` : `au ${name.singulier}`);
/** « un défi », « une fiche ». */
export const aName = ({ singulier, genre }: NameForms) => `${genre === 'féminin' ? 'une' : 'un'} ${singulier}`;
/** « ce pacte », « cet atelier », « cette partie ». */
export const thisName = ({ singulier, genre }: NameForms) => `${genre === 'féminin' ? 'cette' : startsWithVowel(singulier) ? 'cet' : 'ce'} ${singulier}`;
/** « d’ambition », « de fiche ». */
export const ofName = ({ singulier }: NameForms) => `${startsWithVowel(singulier) ? 'd’' : 'de '}${singulier}`;
/** « Le pacte » at the start of a sentence. */
export const capitalised = capitalise;

/** « Ambition précédente », « Défi suivant » (standard version); « Ambition d’avant » (FALC). */
export function neighbourLabel(role: LevelRole, which: 'previous' | 'next', version: Version = 'standard'): string {
  const name = nameOf(role, version);
  if (version === 'falc') return `${capitalise(name.singulier)} ${which === 'previous' ? 'd’avant' : 'd’après'}`;
  const feminine = name.genre === 'féminin' ? 'e' : '';
  return `${capitalise(name.singulier)} ${which === 'previous' ? `précédent${feminine}` : `suivant${feminine}`}`;
}

/** The blocks of a leaf's page, in order, with their headings. */
export function leafBlocks() {
  return levelOf('leaf').blocs ?? [];
}

/** Name of the links to the neighbours: « Ambitions précédente et suivante »; « Autres ambitions » in FALC. */
export function neighboursLabel(role: LevelRole, version: Version = 'standard'): string {
  const name = nameOf(role, version);
  if (version === 'falc') return `Autres ${name.pluriel}`;
  const e = name.genre === 'féminin' ? 'e' : '';
  return `${capitalise(name.pluriel)} précédent${e} et suivant${e}`;
}

/** Whether the report's shape has a level of this role (a grouping level, cross-cutting pages). */
export function hasLevel(role: LevelRole): boolean {
  return levelOfRole(projectShape(), role) !== undefined;
}

/** The size of a part of the report: « 4 défis », « 16 ambitions »; only « 3 fiches » in a report without a grouping level. */
export function sizeOf(groups: number, leaves: number, version: Version = 'standard'): string[] {
  return [...(hasLevel('group') ? [countOf('group', groups, version)] : []), countOf('leaf', leaves, version)];
}

/** « 3 défis », « 1 ambition »: a count with the level's name. */
export function countOf(role: LevelRole, count: number, version: Version = 'standard'): string {
  const name = nameOf(role, version);
  return `${count} ${count === 1 ? name.singulier : name.pluriel}`;
}
