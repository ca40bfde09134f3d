/**
 * Reads the text extracted from the customer's PDF and cleans the artefacts that
 * belong to the extraction, not to the report: LaTeX-like superscripts, lines made
 * of a single space, and page furniture (cover, running titles, logos, screenshots).
 */
import { FURNITURE } from './furniture.ts';

export interface SourceLine {
  /** 1-based line number in the source file, kept for error messages and tests. */
  number: number;
  text: string;
}

/** `1^{er}` → `1er`, `6^e` → `6e`, `10 000^e` → `10 000e`. */
export function normaliseSuperscripts(text: string): string {
  return text.replace(/\^\{([^}]*)\}/g, '$1').replace(/\^([a-z]+)/g, '$1');
}

export function readSourceLines(raw: string): SourceLine[] {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const furniture = furnitureLineNumbers(lines);
  return lines.map((text, index) => {
    const number = index + 1;
    if (furniture.has(number)) return { number, text: '' };
    const cleaned = text.trim() === '' ? '' : normaliseSuperscripts(text.replace(/\s+$/, ''));
    return { number, text: cleaned };
  });
}

/**
 * Furniture ranges are tied to this one source file. Each range names the text
 * its first line must start with, so a different extraction fails loudly instead
 * of silently deleting report text.
 */
function furnitureLineNumbers(lines: string[]): Set<number> {
  const numbers = new Set<number>();
  for (const range of FURNITURE) {
    const first = lines[range.from - 1] ?? '';
    if (!first.startsWith(range.startsWith)) {
      throw new Error(
        `Ligne ${range.from} : on attendait « ${range.startsWith} » (${range.what}), trouvé « ${first.slice(0, 60)} ».`,
      );
    }
    for (let n = range.from; n <= range.to; n++) numbers.add(n);
  }
  return numbers;
}
