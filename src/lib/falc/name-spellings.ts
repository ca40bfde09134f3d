/**
 * The spellings of the names of a text, for `falc:un-nom-une-ecriture`: a
 * name written two ways (« Pépites 62 » and « Pépites62 », « EDEN 62 » and
 * « Eden 62 », « Pas-de-Calais » and « Pas de Calais ») looks like two names to
 * a reader who recognises words by their shape. Two spellings are one name when
 * they are the same letters and digits once case, spaces, hyphens and
 * apostrophes are set aside (their `key`).
 *
 * Only the shapes a name takes can be compared, or every common word at the
 * start of a sentence would be a « name »: a spelling is `marked` when its shape
 * says it is a name (letters and digits glued, « Ingénierie62 »; a capital inside
 * the word, « MonJob », « EDEN », « Pas-de-Calais »; a capitalised word and a
 * number, « Pépites 62 »). A capitalised word, or a run of them joined by small
 * words (« Pas de Calais »), is compared only with a marked spelling of the
 * same key: two unmarked spellings never make a difference.
 */
import type { VFile } from 'vfile';
import { placeOf } from './define-rule.ts';
import { modelOf } from './model.ts';
import type { FalcModel, Sentence, Token } from './types.ts';
import { adjacent, startsUpper, withoutElision } from './text.ts';

export interface NameSpelling {
  /** As written, with no-break spaces as spaces and no-break hyphens as hyphens. */
  spelling: string;
  /** What two spellings of one name share. */
  key: string;
  marked: boolean;
  /** Offsets in the linted text. */
  start: number;
  end: number;
}

/** A spelling found in another text, with its place there: what a page is compared with. */
export interface PlacedSpelling {
  spelling: string;
  key: string;
  marked: boolean;
  file: string;
  line: number;
  column: number;
}

/** Small words inside a name written with spaces (« Pas de Calais », « Boulogne sur Mer »). */
const SMALL_WORD = /^(?:de|du|des|la|le|les|en|sur|sous|lès|aux?|et)$/;

export function nameSpellings(model: FalcModel): NameSpelling[] {
  return model.sentences.flatMap(spellingsOf);
}

function spellingsOf(sentence: Sentence): NameSpelling[] {
  const words = sentence.words;
  const found: NameSpelling[] = [];
  const next = (at: number) => (at + 1 < words.length && adjacent(sentence, words[at]!, words[at + 1]!) ? words[at + 1] : undefined);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const name = withoutElision(word.value);
    const start = word.end - name.length;
    if (word.isNumber || !(startsUpper(name) || isMarked(name))) continue;
    // « Pépites 62 »: a name and its number are one name, and one shape.
    const number = next(index);
    if (number?.isNumber && /^\d{1,3}$/.test(number.value)) {
      found.push(spelling(sentence, start, number.end, true));
      index++;
      continue;
    }
    found.push(spelling(sentence, start, word.end, isMarked(name)));
    // « Pas de Calais », « Grand Est »: each longer run of capitalised words, with up to 2 small words between two of them.
    for (let last = index; ; ) {
      let at = last + 1;
      while (at - last <= 2 && next(at - 1) && SMALL_WORD.test(words[at]!.value)) at++;
      const capital = next(at - 1);
      if (!capital || capital.isNumber || !startsUpper(capital.value)) break;
      last = at;
      found.push(spelling(sentence, start, capital.end, false));
    }
  }
  return found;
}

/** A shape only a name has: digits glued to letters, or a capital after the first letter (« MonJob », « EDEN », « Pas-de-Calais »). */
function isMarked(word: string): boolean {
  return /^\p{L}[\p{L}'’-]*\d+$/u.test(word) || /^.[\p{L}'’-]*\p{Lu}/u.test(word);
}

function spelling(sentence: Sentence, start: number, end: number, marked: boolean): NameSpelling {
  const written = textBetween(sentence, start, end);
  return { spelling: written, key: keyOf(written), marked, start, end };
}

/** The sentence's text between two offsets of the source (the words and what separates them). */
function textBetween(sentence: Sentence, start: number, end: number): string {
  let text = '';
  for (const token of sentence.tokens as Token[]) {
    if (token.end <= start || token.start >= end) continue;
    text += token.value.slice(Math.max(0, start - token.start), end - token.start);
  }
  return text.replace(/[\u00A0\u202F\s]+/g, ' ').replace(/[\u2010\u2011]/g, '-').replace(/’/g, "'");
}

/** « Pépites 62 », « Pépites62 », « PÉPITES 62 » → `pépites62`. */
export function keyOf(spelling: string): string {
  return spelling.toLowerCase().replace(/[\s'’\-\u2010\u2011]/g, '');
}

/**
 * The spellings of a linted text (its model is on `file`), placed in `path`:
 * a page's own offsets, or a front matter field's, moved to where the field starts.
 */
export function placedSpellings(file: VFile, path: string, fieldStart?: { line: number; column?: number | undefined }): PlacedSpelling[] {
  const place = placeOf(file);
  return nameSpellings(modelOf(file)).map(({ spelling, key, marked, start }) => {
    const point = place.toPoint(start);
    const line = point?.line ?? 1;
    const column = point?.column ?? 1;
    return fieldStart
      ? { spelling, key, marked, file: path, line: fieldStart.line + line - 1, column: (fieldStart.column ?? 1) + column - 1 }
      : { spelling, key, marked, file: path, line, column };
  });
}

/** A linted text, with its spellings and a way to lint it again with the other texts' spellings (`LintContext.names`). */
export interface SpelledText<T> {
  result: T;
  spellings: readonly PlacedSpelling[];
  relint(names: readonly PlacedSpelling[]): Promise<T>;
}

/**
 * Names are compared across every text at once (pages, front matter texts,
 * glossary explanations), but a page is linted alone: the texts are linted
 * first, then only those that spell a name another way than a text elsewhere
 * (none on a consistent report) are linted again, given the other texts'
 * spellings of those names. Replaces their `result`.
 */
export async function compareNameSpellings(texts: readonly SpelledText<unknown>[]): Promise<void> {
  const byKey = new Map<string, Array<{ owner: number; spelling: PlacedSpelling }>>();
  texts.forEach((text, owner) => {
    for (const spelling of text.spellings) {
      let list = byKey.get(spelling.key);
      if (!list) byKey.set(spelling.key, (list = []));
      list.push({ owner, spelling });
    }
  });
  const differing = new Set(
    [...byKey].filter(([, list]) => isNameWrittenTwoWays(list.map((entry) => entry.spelling))).map(([key]) => key),
  );
  if (differing.size === 0) return;
  for (const [owner, text] of texts.entries()) {
    const keys = new Set(text.spellings.map((spelling) => spelling.key).filter((key) => differing.has(key)));
    if (keys.size === 0) continue;
    const names = [...keys].flatMap((key) => byKey.get(key)!.filter((entry) => entry.owner !== owner).map((entry) => entry.spelling));
    (text as { result: unknown }).result = await text.relint(names);
  }
}

/** Two spellings or more, one of them with a name's shape: a name written two ways. */
export function isNameWrittenTwoWays(spellings: ReadonlyArray<{ spelling: string; marked: boolean }>): boolean {
  return new Set(spellings.map((entry) => entry.spelling)).size > 1 && spellings.some((entry) => entry.marked);
}
