/**
 * What a speech synthesiser is asked to read right on a page: every number of
 * 4 digits or more, every numbered label of the report's levels (« Défi N »,
 * « Ambition N », « Fiche N »), every date and every abbreviated unit it may
 * misread (« 2 ha », « n° 3 »: src/markdown/spoken-units.ts), each with the
 * form it must sound like (its reference): the same number without separators,
 * « Défi 1 » for « Défi 01 », a date with its month in words, the unit in words.
 *
 * Pure functions: the text comes from the page (speech.ts), the phonemes from
 * eSpeak NG (espeak.ts).
 */

import { numeroBeforeNumber, unitAfterNumber, unitWords } from '../../src/markdown/spoken-units.ts';

export type SpokenKind = 'nombre' | 'numero' | 'date' | 'unite';

export interface SpokenItem {
  kind: SpokenKind;
  /** As the page writes it, separators included (« 44 950 », « Défi 01 »). */
  written: string;
  /** What it must sound like, in a form every synthesiser reads right (« 44950 », « Défi 1 »). */
  reference: string;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** Any space a page may put between words or thousands groups. */
const SPACE = '[ \\u00A0\\u202F]';
const SPACES = new RegExp(`${SPACE}+`, 'g');

/**
 * A number: thousands groups separated by a space of any kind, or plain digits;
 * an optional decimal part. Not glued to a letter (« Ingénierie62 ») nor part of
 * a longer number.
 */
const NUMBER = new RegExp(`(?<![\\p{L}\\d,.])(?:\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:,\\d+)?(?![\\d\\p{L}])`, 'gu');
const WORD_DATE = new RegExp(`(?<![\\p{L}\\d])(1er|\\d{1,2})${SPACE}+(${MONTHS.join('|')})${SPACE}+(\\d{4})(?!\\d)`, 'giu');
const NUMERIC_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;

const withoutSeparators = (number: string) => number.replace(SPACES, '');
const digitCount = (number: string) => withoutSeparators(number).split(',')[0]!.length;

/** « Défi 3 », « défi 03 », « Fiche 2 »: one of the names, a space, a number. */
function numberedLabel(names: readonly string[]): RegExp {
  const alternatives = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<!\\p{L})(${alternatives})${SPACE}+(\\d+)(?!\\d)`, 'giu');
}

const capitalise = (word: string) => `${word[0]!.toLocaleUpperCase('fr')}${word.slice(1).toLocaleLowerCase('fr')}`;

/** `numbered`: the names of the levels whose entries are numbered on the pages (« défi », « ambition »). */
export function spokenItems(text: string, numbered: readonly string[] = ['défi']): SpokenItem[] {
  const items: SpokenItem[] = [];
  // Dates first: the numbers inside a date are checked as part of it.
  const inDates: [number, number][] = [];
  for (const m of text.matchAll(WORD_DATE)) {
    const [written, day, month, year] = m as unknown as [string, string, string, string];
    items.push({ kind: 'date', written, reference: `${day === '1er' ? day : Number(day)} ${month.toLowerCase()} ${year}` });
    inDates.push([m.index, m.index + written.length]);
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [written, day, month, year] = m as unknown as [string, string, string, string];
    const monthName = MONTHS[Number(month) - 1];
    if (!monthName || Number(day) < 1 || Number(day) > 31) continue;
    items.push({ kind: 'date', written, reference: `${Number(day) === 1 ? '1er' : Number(day)} ${monthName} ${year}` });
    inDates.push([m.index, m.index + written.length]);
  }
  if (numbered.length > 0) {
    for (const m of text.matchAll(numberedLabel(numbered))) {
      items.push({ kind: 'numero', written: m[0], reference: `${capitalise(m[1]!)} ${Number(m[2])}` });
    }
  }
  for (const m of text.matchAll(unitAfterNumber())) {
    const [written, number, , unit] = m as unknown as [string, string, string, string];
    items.push({ kind: 'unite', written, reference: `${number} ${unitWords(unit, number)}` });
  }
  for (const m of text.matchAll(numeroBeforeNumber())) {
    items.push({ kind: 'unite', written: m[0], reference: `numéro ${m[3]}` });
  }
  for (const m of text.matchAll(NUMBER)) {
    const inDate = inDates.some(([start, end]) => m.index >= start && m.index < end);
    if (inDate || digitCount(m[0]) < 4) continue;
    items.push({ kind: 'nombre', written: m[0], reference: withoutSeparators(m[0]) });
  }
  return items;
}

/**
 * The sounds of eSpeak's phonemes (`-x`), without what only changes the melody:
 * stress marks (' ,), pauses (_ _! _| _:), length and linking marks (: ;) and
 * spacing. « 1 159 » is [m'il_! sA~ …] and « 1159 » [mil sA~ …]: the same words.
 */
export function soundsOf(phonemes: string): string {
  return phonemes.replace(/[',_!|:;\s]/g, '');
}

export function samePhonemes(a: string, b: string): boolean {
  return soundsOf(a) === soundsOf(b);
}

export interface SpokenCheck {
  item: SpokenItem;
  /** Phonemes of the written form and of the reference. */
  heard: string;
  expected: string;
  readRight: boolean;
}

/** Each item against its reference, given the phonemes of every text (written forms and references). */
export function compareSpoken(items: SpokenItem[], phonemes: ReadonlyMap<string, string>): SpokenCheck[] {
  return items.map((item) => {
    const heard = phonemes.get(item.written);
    const expected = phonemes.get(item.reference);
    if (heard === undefined || expected === undefined) {
      throw new Error(`Phonèmes manquants pour « ${heard === undefined ? item.written : item.reference} ».`);
    }
    return { item, heard, expected, readRight: samePhonemes(heard, expected) };
  });
}
