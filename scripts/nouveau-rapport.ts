/**
 * `npm run nouveau-rapport -- --forme <bilan|fiches> <dossier>`
 *
 * Creates in <dossier> the skeleton of a new, empty report with the shape of an
 * example report: content/ (shape, settings, pictograms, accessibility files
 * without any audit, the general pages and one example entry per level, each
 * with its FALC twin) and public/pictogrammes/ (the drawings its list names).
 * Refuses a folder that exists and is not empty: nothing is overwritten.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { readCommandLine } from './lib/command-line.ts';
import { readReportShape, REPORT_SHAPE_FILE } from '../src/model/report-shape.ts';
import { EXAMPLE_REPORTS, newAuditGrid, newDeclaration, newReportPages, newSiteConfig, type ReportForm } from '../src/lib/new-report.ts';
import { PICTOGRAMS_DIR, PICTOGRAMS_FILE } from '../src/lib/pictograms/pictograms.ts';
import { SITE_CONFIG_FILE } from '../src/lib/site-config.ts';
import { AUDIT_FILE, DECLARATION_FILE } from '../src/lib/accessibility/files.ts';

const USAGE = `Utilisation : npm run nouveau-rapport -- --forme <${Object.keys(EXAMPLE_REPORTS).join('|')}> <dossier>`;
/** The licence and the credits of the pictograms go with their drawings. */
const PICTOGRAM_NOTICES = ['LICENSE.txt', 'CREDITS.txt'];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = readCommandLine(
  { options: { forme: { type: 'string', value: '<bilan|fiches>' } }, positionals: true },
  (message) => fail(`${message}\n${USAGE}`),
);
const form = values.forme;
if (!form || positionals.length !== 1) fail(USAGE);
if (!Object.hasOwn(EXAMPLE_REPORTS, form)) fail(`Forme inconnue : « ${form} ». Formes possibles : ${Object.keys(EXAMPLE_REPORTS).join(', ')}.\n${USAGE}`);
const target = positionals[0]!;
if (existsSync(target) && readdirSync(target).length > 0) fail(`Le dossier ${target} existe déjà et n’est pas vide : choisissez un dossier nouveau ou vide. Rien n’a été écrit.`);

const example = EXAMPLE_REPORTS[form as ReportForm];
const fromExample = (path: string) => readFileSync(join(example, path), 'utf8');
const shape = readReportShape(example);

const files: Record<string, string> = {
  [REPORT_SHAPE_FILE]: fromExample(REPORT_SHAPE_FILE),
  // Every form starts from the project's own settings file: the examples' are the bilan's and a fictional town's.
  [SITE_CONFIG_FILE.path]: newSiteConfig(readFileSync(SITE_CONFIG_FILE.path, 'utf8')),
  [PICTOGRAMS_FILE]: fromExample(PICTOGRAMS_FILE),
  [AUDIT_FILE]: newAuditGrid(fromExample(AUDIT_FILE)),
  [DECLARATION_FILE]: newDeclaration(fromExample(DECLARATION_FILE)),
  ...Object.fromEntries(Object.entries(newReportPages(shape)).map(([path, text]) => [`content/${path}`, text])),
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(target, path)), { recursive: true });
  writeFileSync(join(target, path), text);
}

const symbols = Object.values(parse(files[PICTOGRAMS_FILE]!) as Record<string, { symbole: string }>).map((entry) => `${entry.symbole}.svg`);
mkdirSync(join(target, PICTOGRAMS_DIR), { recursive: true });
for (const file of [...new Set(symbols), ...PICTOGRAM_NOTICES]) copyFileSync(join(PICTOGRAMS_DIR, file), join(target, PICTOGRAMS_DIR, file));

const pages = Object.keys(files).filter((path) => path.endsWith('.md'));
const standard = pages.filter((path) => !path.startsWith('content/falc/'));
console.log(
  [
    `Nouveau rapport (forme « ${form} ») créé dans ${target} :`,
    `  ${REPORT_SHAPE_FILE} : la forme du rapport (${shape.niveaux.map((level) => level.nom.pluriel).join(' → ')}), copiée de l’exemple ;`,
    `  ${SITE_CONFIG_FILE.path} : titre, organisation, adresse du site et contact à remplacer ;`,
    `  ${PICTOGRAMS_FILE} et ${PICTOGRAMS_DIR}/ : ${new Set(symbols).size} pictogrammes, avec leur licence ;`,
    `  ${AUDIT_FILE} et ${DECLARATION_FILE} : aucun audit n’est enregistré (le site est déclaré non conforme tant qu’il n’y en a pas) ;`,
    `  ${standard.length} pages et leurs ${pages.length - standard.length} versions faciles à lire (statut « a-relire »), dont un exemple par niveau :`,
    ...standard.filter((path) => !path.startsWith('content/pages/')).map((path) => `    ${relative('content', path)}`),
    '',
    'Ensuite :',
    `  1. copiez le dossier ${join(target, 'content')} à la place du dossier content/ du projet, et ${join(target, PICTOGRAMS_DIR)} à la place de ${PICTOGRAMS_DIR} ;`,
    '  2. remplacez chaque « À COMPLÉTER » et chaque valeur « à remplacer » ou « example.org » ;',
    '     renommez les pages d’exemple (« …-1.md ») et les champs qui les nomment, puis ajoutez les autres pages de chaque niveau ;',
    '  3. vérifiez avec « npm run lint:content » : chaque « À COMPLÉTER » restant y est une erreur, avec son fichier et sa ligne ;',
    '  4. avant la mise en ligne, « npm run publier:verifier » signale les valeurs d’exemple restantes.',
  ].join('\n'),
);
