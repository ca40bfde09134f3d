/**
 * The whole report as PDFs, from a built site: for each version, its pages in
 * reading order, assembled into one document and printed by Chromium.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readSiteConfig } from '../../src/lib/site-config.ts';
import { linkParts } from './anchors.ts';
import { assembleDocument, type DocumentMeta } from './document.ts';
import { readPagePart } from './page-part.ts';
import { openPrinter } from './print.ts';
import { readingOrder } from './reading-order.ts';
import { PDF_VERSIONS, type PdfVersion } from './versions.ts';

export interface GeneratedPdf {
  version: PdfVersion;
  file: string;
  bytes: number;
  /** Titles of the parts, in order (each is a bookmark). */
  titles: string[];
}

export interface GenerateOptions {
  dist: string;
  outDir: string;
  versions?: readonly PdfVersion[];
  /** Date written on the cover. */
  date?: Date;
}

/** The HTML document of one version (no browser needed: the step that can be tested alone). */
export function buildDocument(dist: string, version: PdfVersion, date = new Date()): { html: string; titles: string[] } {
  const site = readSiteConfig();
  const parts = readingOrder(dist, version).map((part) => readPagePart(dist, part));
  const anchors = linkParts(parts, { prefix: version.prefix, siteAddress: site.adresse });
  const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(date);
  const meta: DocumentMeta = {
    title: `${site.titre} — ${version.titleSuffix}`,
    cover: {
      title: site.titre,
      subtitle: version.coverSubtitle,
      organisation: site.organisation,
      origin: version.coverOrigin.replace('{date}', longDate).replace('{adresse}', `${site.adresse}${version.prefix}/`),
    },
  };
  return { html: assembleDocument(parts, anchors, meta), titles: parts.map((part) => part.title) };
}

export async function generatePdfs({ dist, outDir, versions = PDF_VERSIONS, date }: GenerateOptions): Promise<GeneratedPdf[]> {
  const documents = versions.map((version) => ({ version, ...buildDocument(dist, version, date) }));
  await mkdir(outDir, { recursive: true });
  const printer = await openPrinter(dist);
  try {
    const generated: GeneratedPdf[] = [];
    for (const { version, html, titles } of documents) {
      const file = join(outDir, version.fileName);
      await printer.print(html, file);
      generated.push({ version, file, bytes: (await stat(file)).size, titles });
    }
    return generated;
  } finally {
    await printer.close();
  }
}
