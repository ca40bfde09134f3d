/**
 * Writes a session pack as HTML and as a tagged PDF, printed by Debian's
 * Chromium with the report's own printer (scripts/pdf/print.ts).
 */
import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPrinter } from '../pdf/print.ts';
import { PICTOGRAMS_DIR, PICTOGRAMS_URL } from '../../src/lib/pictograms/pictograms.ts';
import { assemblePack, type PackMeta } from './pack.ts';
import type { SessionPage } from './session-page.ts';

export interface GeneratedPack {
  html: string;
  pdf: string;
  pdfBytes: number;
}

/** `seance-2026-12-05`: one pack per day; a pack made again the same day replaces it. */
export function packBaseName(date: Date): string {
  return `seance-${date.toISOString().slice(0, 10)}`;
}

export async function generatePack(pages: readonly SessionPage[], meta: PackMeta, outDir: string): Promise<GeneratedPack> {
  await mkdir(outDir, { recursive: true });
  const base = join(outDir, packBaseName(meta.date));
  const document = assemblePack(pages, meta);
  await writeFile(`${base}.html`, document);
  // The pack is self-contained: its styles are written in it, and the pictograms its pages show
  // (/pictogrammes/…, as on the site) are copied beside it; the folder served is its own.
  await cp(PICTOGRAMS_DIR, join(outDir, PICTOGRAMS_URL), { recursive: true });
  const printer = await openPrinter(outDir);
  try {
    await printer.print(document, `${base}.pdf`);
  } finally {
    await printer.close();
  }
  return { html: `${base}.html`, pdf: `${base}.pdf`, pdfBytes: (await stat(`${base}.pdf`)).size };
}
