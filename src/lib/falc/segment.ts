import { NON_FINAL_STEMS } from './data/abreviations.ts';
import type { Token } from './types.ts';

const TERMINAL = /^(?:[.!?…‽]+|\.\.\.)$/;
const CLOSER = /^[»”"’)\]]$/;
const STARTS_LOWER = /^[\p{Ll}]/u;
const STARTS_UPPER_OR_OPENER = /^[\p{Lu}\d«“"([—–-]/u;
const CONTINUES = /^[,;:)\]»”]/;

/**
 * Split the tokens of one block into sentences, the French way:
 * - a sentence ends after `.` `!` `?` `…` (and closing `»` `)`) when the next
 *   word starts with a capital, a digit or an opening quote, or when a line
 *   ends there; so « Bonjour ! » puis… and « etc. et » stay one sentence, and
 *   « etc. Le » is two;
 * - `M.`, `art.`, `cf.`… never end a sentence, `etc.` can;
 * - a line that ends without punctuation ends a sentence when the next line
 *   starts with a capital (FALC pages put one sentence per line and some
 *   writers drop the final full stop).
 */
export function splitSentences(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let index = 0;

  const flush = () => {
    const trimmed = trim(current);
    if (trimmed.length > 0) {
      // A "sentence" with no word (a lone dash, an emoji) joins the previous one.
      const previous = sentences.at(-1);
      if (!trimmed.some(isWordToken) && previous) previous.push(...trimmed);
      else sentences.push(trimmed);
    }
    current = [];
  };

  while (index < tokens.length) {
    const token = tokens[index]!;
    current.push(token);

    if (endsLikeSentence(token)) {
      // Take the closing quotes and brackets that follow, then look at the next word.
      let next = index + 1;
      let closers = 0;
      let lineBreak = false;
      while (next < tokens.length) {
        const candidate = tokens[next]!;
        if (candidate.kind === 'space') {
          if (candidate.value.includes('\n')) lineBreak = true;
          next++;
        } else if (!lineBreak && (CLOSER.test(candidate.value) || TERMINAL.test(candidate.value))) {
          closers = next - index;
          next++;
        } else {
          break;
        }
      }
      const following = tokens[next];
      const boundary =
        following === undefined ||
        (!isNonFinalAbbreviation(token) &&
          (lineBreak ||
            (!STARTS_LOWER.test(following.value) && !CONTINUES.test(following.value))));
      if (boundary) {
        current.push(...tokens.slice(index + 1, index + 1 + closers));
        flush();
        index = index + 1 + closers;
        continue;
      }
    } else if (token.kind === 'space' && token.value.includes('\n')) {
      const previous = lastSignificant(current);
      const following = nextSignificant(tokens, index + 1);
      if (
        previous !== undefined &&
        following !== undefined &&
        isWordToken(previous) &&
        STARTS_UPPER_OR_OPENER.test(following.value)
      ) {
        current.pop();
        flush();
      }
    }
    index++;
  }
  flush();
  return sentences;
}

function endsLikeSentence(token: Token): boolean {
  if (token.kind === 'punct') return TERMINAL.test(token.value);
  return token.kind === 'word' && token.isAbbreviation === true && token.value.endsWith('.');
}

function isNonFinalAbbreviation(token: Token): boolean {
  if (token.kind !== 'word' || !token.isAbbreviation) return false;
  const stem = token.value.replace(/\.$/, '').replace(/^.*['’]/, '').toLowerCase();
  return NON_FINAL_STEMS.has(stem);
}

export function isWordToken(token: Token): boolean {
  return token.kind === 'word' && /[\p{L}\p{N}]/u.test(token.value);
}

function trim(tokens: Token[]): Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start]!.kind === 'space') start++;
  while (end > start && tokens[end - 1]!.kind === 'space') end--;
  return tokens.slice(start, end);
}

function lastSignificant(tokens: readonly Token[]): Token | undefined {
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (tokens[index]!.kind !== 'space') return tokens[index];
  }
  return undefined;
}

function nextSignificant(tokens: readonly Token[], from: number): Token | undefined {
  for (let index = from; index < tokens.length; index++) {
    if (tokens[index]!.kind !== 'space') return tokens[index];
  }
  return undefined;
}
