import { normaliseWord, norm } from './text.ts';
import type { Sentence, Token } from './types.ts';

/** One form of a listed phrase, cut into lower-case words (`mettre à l'honneur` → 3 parts). */
interface Pattern<Entry> {
  parts: string[];
  entry: Entry;
}

/** A listed phrase found in a sentence: its first and last words and the text between them. */
export interface PhraseMatch<Entry> {
  entry: Entry;
  /** The form that matched, lower case, words joined by one space. */
  form: string;
  first: Token;
  last: Token;
  /** The words as written in the page. */
  actual: string;
}

/**
 * A word list of phrases (the jargon list, the idioms list), indexed by first
 * word so that a sentence is read once whatever the size of the list. Forms are
 * matched as whole words, lower case, apostrophes straight; a part that ends
 * with an apostrophe (`d'`) matches an elided word (`d'aide`).
 */
export class PhraseList<Entry> {
  private readonly byFirstWord = new Map<string, Pattern<Entry>[]>();

  constructor(entries: readonly Entry[], formsOf: (entry: Entry) => readonly string[]) {
    for (const entry of entries) {
      for (const form of formsOf(entry)) {
        const parts = normaliseWord(form).split(' ');
        const list = this.byFirstWord.get(parts[0]!) ?? [];
        list.push({ parts, entry });
        this.byFirstWord.set(parts[0]!, list);
      }
    }
    // Longest first: « mettre en œuvre » before « mettre ».
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  }

  /** Every listed phrase of the sentence, left to right, without overlaps. */
  find(sentence: Sentence): PhraseMatch<Entry>[] {
    const words = sentence.words.map((word) => norm(word));
    const found: PhraseMatch<Entry>[] = [];
    for (let index = 0; index < words.length; index++) {
      const candidates = this.byFirstWord.get(words[index]!);
      if (candidates === undefined) continue;
      const pattern = candidates.find((candidate) => matches(candidate.parts, words, index));
      if (!pattern) continue;
      const first = sentence.words[index]!;
      const last = sentence.words[index + pattern.parts.length - 1]!;
      const actual = sentence.text.slice(
        sentence.textStarts[sentence.tokens.indexOf(first)]!,
        sentence.textStarts[sentence.tokens.indexOf(last)]! + last.value.length,
      );
      found.push({ entry: pattern.entry, form: pattern.parts.join(' '), first, last, actual });
      index += pattern.parts.length - 1;
    }
    return found;
  }
}

function matches(parts: readonly string[], words: readonly string[], from: number): boolean {
  return parts.every((part, offset) => {
    const word = words[from + offset];
    if (word === undefined) return false;
    return part.endsWith("'") ? word.startsWith(part) : word === part;
  });
}
