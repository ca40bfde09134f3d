/**
 * Testimonies: `« … » – Author`, with many variants in the source (hyphen or
 * en dash, a period before the dash, no separator before a bold author, or the
 * author on the next line). Guillemets can be nested, so the quote ends at the
 * first `»` that is followed by an attribution separator, not at the last one.
 */
export interface Testimony {
  citation: string;
  auteur: string;
}

const BULLET = /^(?:[•\-]\s+)/;
const SEPARATOR = /»(\.?)\s*(?:[–-]\s+|(?=\*\*))/g;

export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

/** Removes a bold wrapper around a whole attribution: `**Name, role**` → `Name, role`. */
export function cleanAuthor(text: string): string {
  const trimmed = text.trim().replace(/^[–-]\s+/, '');
  const bold = /^\*\*([^*]+)\*\*\.?$/.exec(trimmed);
  return (bold ? bold[1]! : trimmed).trim();
}

/** Splits one quote line; `auteur` is empty when the author sits on the next line. */
export function parseQuoteLine(text: string): Testimony {
  const body = stripBullet(text).trim();
  for (const match of body.matchAll(SEPARATOR)) {
    // A period printed right after the closing » belongs to the quote: keep it.
    const end = match.index + 1 + (match[1]?.length ?? 0);
    const rest = body.slice(match.index + match[0].length);
    if (rest.trim() === '') break;
    return { citation: body.slice(0, end).trim(), auteur: cleanAuthor(rest) };
  }
  return { citation: body, auteur: '' };
}

export function isQuoteLine(text: string): boolean {
  return stripBullet(text).trimStart().startsWith('«');
}
