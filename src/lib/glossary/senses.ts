/**
 * Is this occurrence of a glossary word the sense the glossary explains? A word
 * form can be another word (« méthode commune » is not a town) or part of a
 * name (« Ambitions jeunes » is an aid, not an ambition of the mandate). Four
 * rules, each a reason shown in the build's list of glossary links:
 *
 * - the entry excludes the phrase around it (`exclure:` in its front matter);
 * - part of one of the report's own names, the pactes' (« pacte des solidarités
 *   humaines »: « solidarités » names the pacte, it is not explained by it);
 * - a name: the glossary writes the word in lower case but the text gives it a
 *   capital inside a sentence (« le dispositif Pacte en faveur de la haie »);
 * - part of a name spelled out next to its acronym (« ADSL (autonome dans son
 *   logement) »), unless the glossary word is that whole name.
 */
import type { Spelled } from './acronyms.ts';
import type { GlossaryWord, WordMatch } from './matcher.ts';

export type Rejection = 'exclu' | 'nom-du-rapport' | 'nom-propre' | 'nom-de-sigle';

export const REJECTION_LABELS: Record<Rejection, string> = {
  exclu: 'exclu par le champ « exclure » du mot',
  'nom-du-rapport': 'dans le nom d’un pacte du rapport',
  'nom-propre': 'nom propre : majuscule au milieu de la phrase',
  'nom-de-sigle': 'dans le nom développé d’un sigle',
};

const fold = (s: string) => s.toLocaleLowerCase('fr');
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLocaleLowerCase('fr');
const isLower = (c: string | undefined) => c !== undefined && c !== c.toLocaleUpperCase('fr');

/** Every place where `phrase` stands alone in `text`, in any case. */
function occurrences(text: string, phrase: string): [number, number][] {
  const found: [number, number][] = [];
  const haystack = fold(text);
  const needle = fold(phrase);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (/[\p{L}\p{N}]/u.test(haystack[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(haystack[end] ?? '')) continue;
    found.push([at, end]);
  }
  return found;
}

/** The text before `index` ends a sentence, or there is none (start of a paragraph, list item, line). */
function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?…]$/.test(before);
}

export interface SenseContext {
  /** The text of the whole block (paragraph, list item…) around the match. */
  text: string;
  /** Names spelled out next to their acronym in that text. */
  spelled: readonly Spelled[];
  /** The report's own names (the pactes' titles): no glossary word inside them is linked. */
  names: readonly string[];
}

export function rejection<T extends GlossaryWord>(match: WordMatch<T>, { text, spelled, names }: SenseContext): Rejection | undefined {
  const start = match.index;
  const end = start + match.text.length;
  const inside = (phrase: string) => occurrences(text, phrase).some(([s, e]) => s <= start && end <= e);
  if (match.entry.exclure.some(inside)) return 'exclu';
  if (names.some(inside)) return 'nom-du-rapport';
  if (isLower(match.form[0]) && isUpper(match.text[0]) && !startsSentence(text, start)) return 'nom-propre';
  if (spelled.some((s) => s.start <= start && end <= s.end && !(start === s.start && end === s.end))) return 'nom-de-sigle';
  return undefined;
}
