/**
 * French typography on plain text, as the Imprimerie nationale rules ask:
 * a non-breaking space before « : » and inside « », a narrow one before ; ! ?
 * and between thousands, so that a screen reader and a narrow phone never
 * separate a sign or a number group from its word.
 */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

export function frenchTypography(text: string): string {
  return text
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    // Not the `;` that closes an HTML entity such as `&amp;`.
    .replace(/(\p{L})(?<!&[#a-zA-Z0-9]*)([;!?])(?=\s|$)/gu, `$1${NNBSP}$2`)
    .replace(/ :(?=\s|$)/g, `${NBSP}:`)
    .replace(/(\p{L}):(?=\s)/gu, `$1${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`)
    .replace(/(?<![\d,])(\d{1,3})((?: \d{3})+)(?!\d)/g, (_, head: string, groups: string) => head + groups.replaceAll(' ', NNBSP));
}

/** "1159" → "1 159", "7 637" → "7 637", "60,2" stays: for key figures, where the value stands alone. */
export function formatFigureValue(value: string): string {
  const [integer = '', decimals] = value.replace(/[\s\u00A0\u202F]/g, '').split(',');
  const grouped = integer.length > 3 ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP) : integer;
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}
