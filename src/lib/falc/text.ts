import type { Sentence, Token } from './types.ts';

const ELISION_PREFIX = /^(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/i;

/** Lower case, typographic apostrophe made straight: `L’État` → `l'état`. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** `normaliseWord` of a token, computed once. */
export function norm(token: Token): string {
  return (token.norm ??= normaliseWord(token.value));
}


/** The word without its elided article or pronoun: `l’enfant` → `enfant`. */
export function withoutElision(word: string): string {
  return word.replace(ELISION_PREFIX, '');
}

export function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** True when only white space separates two words of the sentence (no punctuation). */
export function adjacent(sentence: Sentence, a: Token, b: Token): boolean {
  const tokens = sentence.tokens;
  for (let at = tokens.indexOf(a) + 1; at < tokens.length && tokens[at] !== b; at++) {
    if (tokens[at]!.kind !== 'space') return false;
  }
  return true;
}

/** True when `word` is the first word of its sentence. */
export function isFirstWord(sentence: Sentence, word: Token): boolean {
  return sentence.words[0] === word;
}

/**
 * Run `pattern` (global) on the text of a sentence and give each match with
 * its source offsets.
 */
export function forEachMatch(
  sentence: Sentence,
  pattern: RegExp,
  callback: (match: RegExpExecArray, start: number, end: number) => void,
): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(sentence.text)) !== null) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    callback(match, offsetAt(sentence, match.index), offsetAt(sentence, match.index + match[0].length));
  }
}

/** « word » with French quotes, for messages. */
export function quote(text: string): string {
  return `« ${text} »`;
}

/** French plural: `plural(2, 'mot')` → `2 mots`. */
export function plural(count: number, word: string, pluralWord = word + 's'): string {
  return `${count} ${count > 1 ? pluralWord : word}`;
}

/**
 * Source offset of a character of `sentence.text`, so that a rule can run a
 * regular expression on the text and still report an exact position.
 */
export function offsetAt(sentence: Sentence, textIndex: number): number {
  let low = 0;
  let high = sentence.textStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (sentence.textStarts[middle]! <= textIndex) low = middle;
    else high = middle - 1;
  }
  const token = sentence.tokens[low];
  if (!token) return sentence.start;
  return Math.min(token.start + (textIndex - sentence.textStarts[low]!), token.end);
}

