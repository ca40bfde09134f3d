/**
 * `npm run falc:seance -- <pages…> [--tout] [--date AAAA-MM-JJ] [--dossier reports/seance]`
 *
 * The printable pack of a review session with readers (HTML and tagged PDF, large
 * print): each page's FALC text, its comprehension questions (`questions:` in its
 * front matter) with room to write, a grid for the words not understood and what
 * was hard, and a sheet to record the session for `npm run falc:valider`.
 * Pages are named as for falc:valider; `--tout` takes every FALC page that has its questions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPage, type PageFiles } from '../src/lib/page-names.ts';
import { splitFrontMatter } from '../src/model/front-matter.ts';
import { readSiteConfig } from '../src/lib/site-config.ts';
import { formatFileSize } from '../src/lib/pdf-download.ts';
import { missingChromiumMessage } from './lib/chromium.ts';
import { readCommandLine } from './lib/command-line.ts';
import { pageFolders } from '../src/lib/checks/shape-of.ts';
import { readSessionPage, SessionPageError, type SessionPage } from './seance/session-page.ts';
import { generatePack } from './seance/generate.ts';

const USAGE = 'npm run falc:seance -- accueil edito ambitions/st-01   (ou --tout pour toutes les pages qui ont leurs questions)';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Every FALC page whose front matter has questions, in the order of the content folders. */
function pagesWithQuestions(): PageFiles[] {
  return pageFolders('.').falc.flatMap((collection) => {
    const dir = join('content', 'falc', collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `${collection}/${name.slice(0, -3)}`)
      .filter((page) => splitFrontMatter(readFileSync(join('content', 'falc', `${page}.md`), 'utf8')).data.questions !== undefined)
      .map((page) => ({ page, standardFile: `content/${page}.md`, falcFile: `content/falc/${page}.md` }));
  });
}

const { values, positionals } = readCommandLine({
  positionals: true,
  options: { tout: { type: 'boolean' }, date: { type: 'string', value: 'AAAA-MM-JJ' }, dossier: { type: 'string', value: '<dossier>' } },
}, fail);
if (positionals.length === 0 && !values.tout) fail(`Indiquez les pages de la séance : ${USAGE}`);
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  fail(`Date « ${values.date} » : écrivez-la AAAA-MM-JJ, par exemple 2026-11-28.`);
}
const date = values.date ? new Date(`${values.date}T12:00:00Z`) : new Date();
if (Number.isNaN(date.getTime())) fail(`Date « ${values.date} » impossible : vérifiez le mois et le jour.`);

const files: PageFiles[] = [];
for (const argument of positionals) {
  const found = findPage(argument);
  if (!found.ok) fail(found.message);
  files.push(found.files);
}
if (values.tout) files.push(...pagesWithQuestions());
const unique = [...new Map(files.map((f) => [f.page, f])).values()];
if (unique.length === 0) fail('Aucune page n’a encore de questions de compréhension : ajoutez-en (« questions: » dans l’en-tête d’une page FALC).');

let pages: SessionPage[];
try {
  pages = unique.map((f) => readSessionPage(f));
} catch (error) {
  if (error instanceof SessionPageError) fail(error.message);
  fail(`Le dossier de séance n’a pas pu être préparé : ${(error as Error).message}`);
}
const noChromium = missingChromiumMessage();
if (noChromium) fail(noChromium);

const outDir = values.dossier ?? join('reports', 'seance');
try {
  const pack = await generatePack(pages, { organisation: readSiteConfig().organisation, date }, outDir);
  console.log(`Dossier de séance (${pages.length} page${pages.length > 1 ? 's' : ''}) :`);
  console.log(`  ${pack.pdf} (${formatFileSize(pack.pdfBytes)}), à imprimer`);
  console.log(`  ${pack.html}`);
} catch (error) {
  fail(`Le PDF de la séance n’a pas pu être produit : ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
