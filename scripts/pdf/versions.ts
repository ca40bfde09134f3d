/** The two PDFs: one per version of the site, each from its own pages. */
import { routes } from '../../src/routes/route-table.ts';
import { PDF_FILE_NAMES, type ReportVersion } from '../../src/lib/pdf-download.ts';

export interface PdfVersion {
  id: ReportVersion;
  /** URL prefix of the version's pages: `''` or `/facile-a-lire`. */
  prefix: string;
  fileName: string;
  /** Added to the report's title for the PDF's title (its metadata and the reader's window). */
  titleSuffix: string;
  /** Line under the title on the cover. */
  coverSubtitle: string;
  /** Cover line saying when and from where the document was made; `{date}` and `{adresse}` are filled in. */
  coverOrigin: string;
}

export const PDF_VERSIONS: readonly PdfVersion[] = [
  {
    id: 'complete',
    prefix: '',
    fileName: PDF_FILE_NAMES.complete,
    titleSuffix: 'version complète',
    coverSubtitle: 'Version complète',
    coverOrigin: 'Document du {date}, tiré du site {adresse}',
  },
  {
    id: 'falc',
    prefix: routes.falcPrefix,
    fileName: PDF_FILE_NAMES.falc,
    titleSuffix: 'facile à lire',
    coverSubtitle: 'Version facile à lire',
    coverOrigin: 'Ce document date du {date}. Il reprend le site internet {adresse}',
  },
];
