/**
 * Finds a key figure's number in a FALC sentence. Editors write « 1 159 » or
 * « 1159 »; the report's `valeur` may be either too. Numbers are compared by
 * their digits (and decimal comma), ignoring the spaces between thousands.
 */

/** A number as written in a text: thousands groups after 1 to 3 digits, or plain digits; an optional decimal part. */
const NUMBER = /(?<![\p{L}\d,])(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,\d+)?(?!\d)/gu;
/** Words that make the number bigger (« 16 millions de repas »): part of the figure, not another number. */
const SCALE_WORD = /^[ \u00A0\u202F]+(?:millions?|milliards?)\b/;

export interface NumberInText {
  /** As written, e.g. « 1 159 ». */
  written: string;
  start: number;
  end: number;
}

/** `1 159` → `1159`; `60,2` → `60,2`. */
export function digitsOf(value: string): string {
  return value.replace(/[ \u00A0\u202F]/g, '');
}

export function numbersIn(text: string): NumberInText[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ written: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * Where `value` is written in `text`, with a scale word right after it
 * (« 16 millions »), or `undefined` when the text does not contain it.
 */
export function findFigureNumber(text: string, value: string): NumberInText | undefined {
  const found = numbersIn(text).find((n) => digitsOf(n.written) === digitsOf(value));
  if (!found) return undefined;
  const scale = SCALE_WORD.exec(text.slice(found.end));
  return scale ? { ...found, end: found.end + scale[0].length } : found;
}
