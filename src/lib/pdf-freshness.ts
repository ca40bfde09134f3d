/**
 * Is the published PDF still the report of today's content? `npm run pdf`
 * records a fingerprint of content/ next to its measures (PDF_RECORD_FILE);
 * the content check warns when a PDF that the site links to was made from
 * other content, so that editors do not publish a PDF that says something else
 * than the pages. A warning, not an error: the PDF is optional.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './pairing/check-pairs.ts';
import { PDF_FILE_NAMES, findPdfDownload, type ReportVersion } from './pdf-download.ts';

/** Written by `npm run pdf`; not published (reports/ is the tools' own output, ignored by git). */
export const PDF_RECORD_FILE = 'reports/pdf.json';

export interface PdfRecord {
  /** When the PDFs were made (ISO 8601). */
  date: string;
  /** Fingerprint of content/ when they were made (contentFingerprint). */
  contenu: string;
}

/** One fingerprint for all the content files: their paths and texts, in path order. */
export function contentFingerprint(files: readonly { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path).update('\u0000').update(file.text).update('\u0000');
  }
  return hash.digest('hex').slice(0, 16);
}

function readRecord(root: string): PdfRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(join(root, PDF_RECORD_FILE), 'utf8')) as Partial<PdfRecord>;
    return typeof record.contenu === 'string' && typeof record.date === 'string' ? (record as PdfRecord) : undefined;
  } catch {
    return undefined;
  }
}

export function checkPdfFreshness(root: string, files: readonly { path: string; text: string }[]): ContentIssue[] {
  // The PDFs the site links to: the same lookup as the sommaire's download link.
  const versions = Object.keys(PDF_FILE_NAMES) as ReportVersion[];
  const pdfs = versions.flatMap((version) => {
    const download = findPdfDownload(version, join(root, 'public'));
    return download ? [`public${download.href}`] : [];
  });
  if (pdfs.length === 0) return [];
  const record = readRecord(root);
  if (record?.contenu === contentFingerprint(files)) return [];
  const since = record ? ` (fait le ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date(record.date))})` : '';
  return pdfs.map((file) => ({
    file,
    severity: 'warning' as const,
    message: `Le PDF${since} ne correspond plus au contenu : des pages ont changé depuis. Relancez « npm run pdf » avant de publier, ou supprimez ce fichier.`,
  }));
}
