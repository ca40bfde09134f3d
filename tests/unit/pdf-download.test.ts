import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DOWNLOADS_FOLDER, PDF_FILE_NAMES, findPdfDownload, formatFileSize, pdfDownloadLabel } from '../../src/lib/pdf-download.ts';
import { t } from '../../src/i18n/fr.ts';
import { tf } from '../../src/i18n/falc.ts';

const NBSP = '\u00a0';

describe('formatFileSize', () => {
  it.each([
    [0, `0${NBSP}octet`],
    [1, `1${NBSP}octet`],
    [999, `999${NBSP}octets`],
    [1000, `1${NBSP}Ko`],
    [12_345, `12,3${NBSP}Ko`],
    [999_949, `999,9${NBSP}Ko`],
    // Rounded before choosing the unit: never « 1 000 Ko ».
    [999_960, `1${NBSP}Mo`],
    [1_234_567, `1,2${NBSP}Mo`],
    [1_250_000, `1,3${NBSP}Mo`],
    [12_000_000, `12${NBSP}Mo`],
  ])('%d octets → %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
  it('refuses a size that is not one', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(Number.NaN)).toThrow(RangeError);
  });
});

describe('pdfDownloadLabel', () => {
  it('says what and how big, in the words of each version', () => {
    expect(pdfDownloadLabel(t('pdf.download'), 1_234_567)).toBe(`Télécharger le rapport (PDF, 1,2${NBSP}Mo)`);
    expect(pdfDownloadLabel(tf('pdf.download'), 1_234_567)).toBe(`Télécharger le bilan en facile à lire (fichier PDF, 1,2${NBSP}Mo)`);
  });
});

describe('findPdfDownload', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds the version’s file and its size', () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-download-'));
    mkdirSync(join(dir, DOWNLOADS_FOLDER));
    writeFileSync(join(dir, DOWNLOADS_FOLDER, PDF_FILE_NAMES.falc), Buffer.alloc(2048));
    expect(findPdfDownload('falc', dir)).toEqual({ href: `/${DOWNLOADS_FOLDER}/${PDF_FILE_NAMES.falc}`, bytes: 2048 });
  });

  it('finds nothing (so no link) when the file is missing or empty', () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-download-'));
    expect(findPdfDownload('complete', dir)).toBeUndefined();
    mkdirSync(join(dir, DOWNLOADS_FOLDER));
    writeFileSync(join(dir, DOWNLOADS_FOLDER, PDF_FILE_NAMES.complete), '');
    expect(findPdfDownload('complete', dir)).toBeUndefined();
    // The other version's file is not this one's.
    writeFileSync(join(dir, DOWNLOADS_FOLDER, PDF_FILE_NAMES.falc), 'x');
    expect(findPdfDownload('complete', dir)).toBeUndefined();
  });
});
