/**
 * The whole report as a PDF, one per version: file names shared by `npm run pdf`
 * (which writes them) and the sommaire pages (which link to them when they exist).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

export type ReportVersion = 'complete' | 'falc';

/** Folder of `public/` (and so of the site) that holds the PDFs. */
export const DOWNLOADS_FOLDER = 'telechargements';

/** Stable names: a link shared once keeps working after each new `npm run pdf`. */
export const PDF_FILE_NAMES: Record<ReportVersion, string> = {
  complete: 'bilan-etape-2022-2027.pdf',
  falc: 'bilan-etape-2022-2027-facile-a-lire.pdf',
};

const NO_BREAK_SPACE = '\u00a0';

/**
 * A file size as French readers write it: decimal units (1 Mo = 1 000 000 octets, as
 * file managers show it), a decimal comma, one decimal at most and a no-break space
 * before the unit: `850 octets`, `12,4 Ko`, `1,2 Mo`.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Taille de fichier invalide : ${bytes}`);
  const number = (value: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return `${bytes}${NO_BREAK_SPACE}octet${bytes > 1 ? 's' : ''}`;
  // Rounded first so that 999 960 octets reads "1 Mo", never "1 000 Ko".
  const kilo = Math.round(bytes / 100) / 10;
  if (kilo < 1000) return `${number(kilo)}${NO_BREAK_SPACE}Ko`;
  return `${number(Math.round(bytes / 100_000) / 10)}${NO_BREAK_SPACE}Mo`;
}

/** The link text: `template` holds `{taille}` (the interface strings of each version). */
export function pdfDownloadLabel(template: string, bytes: number): string {
  return template.replace('{taille}', formatFileSize(bytes));
}

export interface PdfDownload {
  /** Site URL of the file, e.g. `/telechargements/bilan-etape-2022-2027.pdf`. */
  href: string;
  bytes: number;
}

/** The version's PDF in `publicDir`, or undefined when `npm run pdf` has not made it (no dead link). */
export function findPdfDownload(version: ReportVersion, publicDir = 'public'): PdfDownload | undefined {
  const fileName = PDF_FILE_NAMES[version];
  try {
    const stats = statSync(join(publicDir, DOWNLOADS_FOLDER, fileName));
    if (!stats.isFile() || stats.size === 0) return undefined;
    return { href: `/${DOWNLOADS_FOLDER}/${fileName}`, bytes: stats.size };
  } catch {
    return undefined;
  }
}
