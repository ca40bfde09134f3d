/** The content check warns when a published PDF was made from other content. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PDF_RECORD_FILE, checkPdfFreshness, contentFingerprint } from '../../src/lib/pdf-freshness.ts';
import { PDF_FILE_NAMES } from '../../src/lib/pdf-download.ts';

const files = [
  { path: 'content/pages/accueil.md', text: 'Bonjour' },
  { path: 'content/ambitions/st-01.md', text: '1 159 projets' },
];
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project({ pdf, record }: { pdf: boolean; record?: object }): string {
  root = mkdtempSync(join(tmpdir(), 'pdf-freshness-'));
  if (pdf) {
    mkdirSync(join(root, 'public', 'telechargements'), { recursive: true });
    writeFileSync(join(root, 'public', 'telechargements', PDF_FILE_NAMES.complete), '%PDF-1.7');
  }
  if (record) {
    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(join(root, PDF_RECORD_FILE), JSON.stringify(record));
  }
  return root;
}

describe('checkPdfFreshness', () => {
  it('says nothing without a PDF', () => {
    expect(checkPdfFreshness(project({ pdf: false }), files)).toEqual([]);
  });

  it('says nothing when the PDF was made from this content', () => {
    expect(checkPdfFreshness(project({ pdf: true, record: { date: '2026-11-28T10:00:00Z', contenu: contentFingerprint(files) } }), files)).toEqual([]);
  });

  it('warns, naming the PDF and the date it was made, when a page changed since', () => {
    const changed = [files[0]!, { ...files[1]!, text: '1 160 projets' }];
    const issues = checkPdfFreshness(project({ pdf: true, record: { date: '2026-11-28T10:00:00Z', contenu: contentFingerprint(files) } }), changed);
    expect(issues).toEqual([{
      file: `public/telechargements/${PDF_FILE_NAMES.complete}`,
      severity: 'warning',
      message: 'Le PDF (fait le 28 novembre 2026) ne correspond plus au contenu : des pages ont changé depuis. Relancez « npm run pdf » avant de publier, ou supprimez ce fichier.',
    }]);
  });

  it('warns when nothing says what content the PDF was made from', () => {
    expect(checkPdfFreshness(project({ pdf: true }), files)).toHaveLength(1);
    expect(checkPdfFreshness(project({ pdf: true, record: { contenu: 42 } }), files)).toHaveLength(1);
  });

  it('fingerprints paths and texts, whatever the order of the files', () => {
    expect(contentFingerprint([...files].reverse())).toBe(contentFingerprint(files));
    expect(contentFingerprint([{ path: 'content/a.md', text: 'x' }])).not.toBe(contentFingerprint([{ path: 'content/b.md', text: 'x' }]));
  });
});
