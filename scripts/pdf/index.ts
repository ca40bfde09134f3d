/**
 * `npm run pdf`: the whole report as one tagged PDF per version (complete and FALC),
 * printed by Debian's Chromium from the built site, written to `public/telechargements/`;
 * then the site is built again so that the PDFs and the links to them (sommaire pages) are in `dist/`.
 * Not part of `npm run build`: it needs a browser, which a plain build must not require.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { DOWNLOADS_FOLDER, formatFileSize } from '../../src/lib/pdf-download.ts';
import { missingChromiumMessage } from '../lib/chromium.ts';
import { generatePdfs } from './generate.ts';
import { readContentFiles } from '../../src/lib/checks/content-files.ts';
import { PDF_RECORD_FILE, contentFingerprint, type PdfRecord } from '../../src/lib/pdf-freshness.ts';

const DIST = 'dist';
const OUT_DIR = join('public', DOWNLOADS_FOLDER);

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(join(DIST, 'plan-du-site', 'index.html'))) {
  stop('Le site n’est pas construit : lancez d’abord npm run build.');
}
const noChromium = missingChromiumMessage();
if (noChromium) stop(noChromium);

const started = performance.now();
// The content the PDFs are made from: the content check warns when it changes afterwards.
const record: PdfRecord = { date: new Date().toISOString(), contenu: contentFingerprint(readContentFiles('.').files) };
let generated;
try {
  generated = await generatePdfs({ dist: DIST, outDir: OUT_DIR });
} catch (error) {
  stop(`Les PDF n’ont pas pu être produits : ${error instanceof Error ? error.message : String(error)}`);
}
for (const pdf of generated) {
  console.log(`PDF ${pdf.version.coverSubtitle.toLowerCase()} : ${relative('.', pdf.file)} (${formatFileSize(pdf.bytes)}, ${pdf.titles.length} pages du site)`);
}
mkdirSync('reports', { recursive: true });
writeFileSync(PDF_RECORD_FILE, `${JSON.stringify(record, null, 2)}\n`);
console.log(`PDF produits en ${((performance.now() - started) / 1000).toFixed(1).replace('.', ',')} s. Reconstruction du site avec les liens de téléchargement…\n`);

// The same command as `npm run build` (content check, then a build swapped in only if it succeeds).
const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
if (build.status !== 0) stop('\nLes PDF sont prêts dans public/telechargements/, mais la reconstruction du site a échoué (voir ci-dessus).');
