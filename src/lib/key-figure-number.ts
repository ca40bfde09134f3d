/**
 * Finds a key figure's number in a FALC sentence. Editors write « 1 159 » or
 * « 1159 »; the report's `valeur` may be either too. Numbers are compared by
 * their digits (and decimal comma), ignoring the spaces between thousands.
 * A big figure may also be written as the order of magnitude that
 * falc:grand-nombre asks for (48 618 → « presque 50 mille »), when it stays
 * true and close (src/lib/falc/order-of-magnitude.ts).
 */
import { approximates, SCALE_WORDS } from './falc/order-of-magnitude.ts';


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
  if (!found) return findOrderOfMagnitude(text, value);
  const scale = SCALE_WORD.exec(text.slice(found.end));
  return scale ? { ...found, end: found.end + scale[0].length } : found;
}

/** « presque 50 mille », « plus de mille », « près d’un million »: an order of magnitude as written. */
const ORDER_OF_MAGNITUDE =
  /(?<![\p{L}\d])(?:(presque|près d['’]|près de|environ|plus d['’]|plus de)[ \u00A0\u202F]*)?(?:(\d{1,3}|un)[ \u00A0\u202F]+)?(mille|millions?|milliards?)(?![\p{L}])/giu;

/** Where `text` says `value` (1 000 or more) as an order of magnitude that is true and close, if it does. */
export function findOrderOfMagnitude(text: string, value: string): NumberInText | undefined {
  const exact = Number(digitsOf(value).replace(',', '.'));
  if (!(exact >= 1000)) return undefined;
  for (const match of text.matchAll(ORDER_OF_MAGNITUDE)) {
    const [written, hedge = '', count, scale] = match;
    const times = count === undefined ? 1 : count.toLowerCase() === 'un' ? 1 : Number(count);
    if (count === undefined && scale!.toLowerCase() !== 'mille') continue;
    if (approximates(hedge, times * SCALE_WORDS.get(scale!.toLowerCase())!, exact)) {
      return { written, start: match.index, end: match.index + written.length };
    }
  }
  return undefined;
}
