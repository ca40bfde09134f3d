import { createHash } from 'node:crypto';

/**
 * Fingerprint of a page's text, used by the FALC validation record.
 * Line endings and trailing blanks are normalised first so that a CRLF checkout
 * or an editor that trims whitespace does not make a validated text look changed.
 */
export function contentHash(text: string): string {
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, 16);
}
