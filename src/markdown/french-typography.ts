/**
 * French typography on plain text, as the Imprimerie nationale rules ask:
 * a non-breaking space before « : » and inside « », a narrow one before ; ! ?
 * so that a narrow phone never separates a sign from its word.
 *
 * Thousands are grouped with an ordinary space, never a no-break one: eSpeak NG
 * (the voice of NVDA and Orca) reads « 44 950 » with U+202F or U+00A0 as
 * « quarante-quatre neuf cent cinquante », and right with an ordinary space
 * (measured with `espeak-ng -v fr -x`). In a page, `markNumbers` then keeps each
 * grouped number on one line with markup instead of a special space.
 */
import { numeroBeforeNumber, unitAfterNumber, unitWords } from './spoken-units.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Thousands groups after 1 to 3 digits, separated by any space, not part of a longer number or a decimal part. */
const GROUPED_NUMBER = /(?<![\d,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)/g;

/** The class of the element that keeps a grouped number unbroken on screen (`white-space: nowrap` in site.css). */
export const NUMBER_CLASS = 'nombre';

/** Every character a rule of `frenchTypography` starts from: a text with none of them is left as it is, unread. */
const TYPOGRAPHY_SIGNS = /[;!?:«»\d]/;
/** `markUnits` and `markNumbers` change only text with a digit. */
const DIGIT = /\d/;
const UNIT_AFTER_NUMBER = unitAfterNumber();
const NUMERO_BEFORE_NUMBER = numeroBeforeNumber();

// A page is typeset piece by piece between its tags, and most pieces are a few spaces or words with none of these
// signs: one test spares them the seven searches below.
export function frenchTypography(text: string): string {
  if (!TYPOGRAPHY_SIGNS.test(text)) return text;
  return text
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    // Not the `;` that closes an HTML entity such as `&amp;`.
    .replace(/(\p{L})(?<!&[#a-zA-Z0-9]*)([;!?])(?=\s|$)/gu, `$1${NNBSP}$2`)
    .replace(/ :(?=\s|$)/g, `${NBSP}:`)
    .replace(/(\p{L}):(?=\s)/gu, `$1${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`)
    .replace(GROUPED_NUMBER, (number) => number.replace(/[\u00A0\u202F]/g, ' '));
}

/**
 * In HTML text (between tags, already typeset): each grouped number in an element
 * that does not wrap, its groups separated by ordinary spaces, so that it stays
 * on one line and is read as one number.
 */
export function markNumbers(htmlText: string): string {
  if (!DIGIT.test(htmlText)) return htmlText;
  return htmlText.replace(GROUPED_NUMBER, (number) => `<span class="${NUMBER_CLASS}">${number.replace(/[\u00A0\u202F]/g, ' ')}</span>`);
}

/** The class that hides text on screen and leaves it to screen readers (site.css). */
const SPOKEN_ONLY = 'visually-hidden';

/**
 * In HTML text (between tags): each unit that speech synthesis misreads after
 * a number (src/markdown/spoken-units.ts) stays as written on screen, hidden
 * from screen readers, which read its words instead: « 6 550 ha » is heard
 * « 6 550 hectares ». The same for « n° 2 », heard « numéro 2 ».
 */
export function markUnits(htmlText: string): string {
  // The words start with a space, so that text taken from the page (an excerpt, a copy) reads « 6 550 ha hectares », not « hahectares »;
  // the search index skips them (its excerpts show the page as seen).
  const spoken = (words: string) => `<span class="${SPOKEN_ONLY}" data-pagefind-ignore> ${words}</span>`;
  if (!DIGIT.test(htmlText)) return htmlText;
  return htmlText
    .replace(UNIT_AFTER_NUMBER, (_, number: string, space: string, unit: string) =>
      `${number}${space}<span aria-hidden="true">${unit}</span>${spoken(unitWords(unit, number))}`)
    .replace(NUMERO_BEFORE_NUMBER, (_, sign: string, space: string, number: string) => `<span aria-hidden="true">${sign}</span>${spoken('numéro')}${space || ' '}${number}`);
}

/** "1159" → "1 159", "7 637" → "7 637", "60,2" stays: for key figures, where the value stands alone. */
export function formatFigureValue(value: string): string {
  const [integer = '', decimals] = value.replace(/[\s\u00A0\u202F]/g, '').split(',');
  const grouped = integer.length > 3 ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : integer;
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}
