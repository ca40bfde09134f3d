import { DOTTED_STEMS } from './data/abreviations.ts';
import type { Token } from './types.ts';

/**
 * French normalisation of the tokens of one block, before anything is counted.
 * parse-latin gets French mostly right; this fixes what it does not
 * (the project's choice): abbreviations keep their full stop (`l’art.`), `n°` and
 * `k€` stay one word, `12,5` and `1 500 000` (space, NBSP or narrow NBSP)
 * become one number, `12/03/2024` one word. `1er`, `2e`, `XXe`, `c’est`,
 * `aujourd’hui`, `Pas-de-Calais` are already one word.
 */
export function normaliseTokens(input: readonly Token[]): Token[] {
  let tokens = splitFinalStops(input);
  tokens = mergeAbbreviationStops(tokens);
  tokens = mergeSymbolSuffixes(tokens);
  tokens = mergeNumberRuns(tokens);
  tokens = mergeDigitGroups(tokens);
  return tokens;
}

const ELISION = /^(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]/i;
const INITIALISM = /^(?:\p{L}\.)+$/u;

/** Lower-case stem of a dotted word, without elision: `l’Art.` → `art`. */
function stemOf(word: string): string {
  return word.replace(/\.$/, '').replace(ELISION, '').toLowerCase();
}

/** True when the full stop after `word` belongs to it (`M.`, `art.`, `etc.`). */
export function takesStop(word: string): boolean {
  const bare = word.replace(/\.$/, '').replace(ELISION, '');
  // `M.` and `MM.` are « Monsieur », « Messieurs » only with a capital (`10 m.` ends a sentence).
  if (/^m+$/i.test(bare)) return /^M+$/.test(bare);
  return DOTTED_STEMS.has(stemOf(word));
}

/** `21.` → `21` + `.`: parse-latin glues a final stop to some words. */
function splitFinalStops(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const { value } = token;
    if (token.kind !== 'word' || value.length < 2 || !value.endsWith('.')) {
      out.push(token);
      continue;
    }
    const inner = value.slice(0, -1);
    if (takesStop(value)) {
      out.push({ ...token, isAbbreviation: true });
    } else if (INITIALISM.test(value) || inner.includes('.')) {
      out.push(token); // M.D.P.H., c.-à-d., J.
    } else {
      const cut = token.end - 1;
      out.push({ kind: 'word', value: inner, start: token.start, end: cut });
      out.push({ kind: 'punct', value: '.', start: cut, end: token.end });
    }
  }
  return out;
}

/** `l’art` + `.` → `l’art.` when the stop belongs to an abbreviation. */
function mergeAbbreviationStops(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (
      token.kind === 'word' &&
      !token.value.endsWith('.') &&
      next?.kind === 'punct' &&
      next.value === '.' &&
      takesStop(token.value + '.')
    ) {
      out.push({ ...token, value: token.value + '.', end: next.end, isAbbreviation: true });
      index++;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** `n` + `°` → `n°`; `k` + `€` → `k€` (units glued to a short word). */
function mergeSymbolSuffixes(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    const glued =
      next !== undefined &&
      token.kind === 'word' &&
      next.start === token.end &&
      ((/^[nN]$/.test(token.value) && /^[°º]$/.test(next.value)) ||
        (/^(?:k|K|M|Md|Mds|Mrd)$/.test(token.value) && next.value === '€'));
    if (glued) {
      out.push({ kind: 'word', value: token.value + next.value, start: token.start, end: next.end });
      index++;
    } else {
      out.push(token);
    }
  }
  return out;
}

/**
 * Joins a run of tokens into one number token: a first token that `starts` accepts,
 * then (separator, token) pairs while `continues` accepts them, until `completes`
 * says the last token joined ends the number.
 */
function mergeRuns(
  tokens: readonly Token[],
  starts: (token: Token) => boolean,
  continues: (separator: Token | undefined, next: Token | undefined, end: number) => boolean,
  completes: (joined: Token) => boolean = () => false,
): Token[] {
  const out: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!starts(token)) {
      out.push(token);
      index++;
      continue;
    }
    let value = token.value;
    let end = token.end;
    let next = index + 1;
    while (continues(tokens[next], tokens[next + 1], end)) {
      const separator = tokens[next]!;
      const joined = tokens[next + 1]!;
      value += separator.value + joined.value;
      end = joined.end;
      next += 2;
      if (completes(joined)) break;
    }
    out.push(numberToken(value, token.start, end));
    index = next;
  }
  return out;
}

const HAS_DIGIT = /\d/;
const JOINER = /^[,./:\-–]$/;

/** `12` `,` `5` → `12,5`; `12/03` `/` `2024` → `12/03/2024` (no space inside). */
function mergeNumberRuns(tokens: readonly Token[]): Token[] {
  return mergeRuns(
    tokens,
    (token) => token.kind === 'word' && HAS_DIGIT.test(token.value),
    (joiner, after, end) =>
      joiner?.kind === 'punct' &&
      JOINER.test(joiner.value) &&
      joiner.start === end &&
      after?.kind === 'word' &&
      after.start === joiner.end &&
      /^\d/.test(after.value),
  );
}

const GROUP_SPACE = /^[ \u00A0\u202F]$/;

/** `1` ` ` `500` ` ` `000` → `1 500 000` (groups of three digits; a decimal part ends the number). */
function mergeDigitGroups(tokens: readonly Token[]): Token[] {
  return mergeRuns(
    tokens,
    (token) => token.kind === 'word' && /^\d{1,3}$/.test(token.value),
    (space, group) =>
      space?.kind === 'space' && GROUP_SPACE.test(space.value) && group?.kind === 'word' && /^\d{3}(?:,\d+)?$/.test(group.value),
    (group) => group.value.includes(','),
  );
}

function numberToken(value: string, start: number, end: number): Token {
  const token: Token = { kind: 'word', value, start, end };
  if (/^\d[\d \u00A0\u202F]*(?:[.,]\d+)?$/.test(value)) token.isNumber = true;
  return token;
}

/** Numeric value of a number token: `1 500,5` → 1500.5. */
export function numberValue(value: string): number {
  return Number(value.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
}

/** True when the word is elided (`l’été`, `qu’il`): counts as 2 words with `elisions: 'deux-mots'`. */
export function isElided(word: string): boolean {
  return ELISION.test(word) && word.length > 2;
}

/** Letters of a word (for LIX and syllables): `l’été` → `lété`. */
export function lettersOf(word: string): string {
  return word.replace(/[^\p{L}]/gu, '');
}
