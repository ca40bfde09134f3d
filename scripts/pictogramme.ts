/**
 * `npm run pictogramme -- chercher <mot…> [--mulberry <dossier>] [--max <n>]`
 *   Finds Mulberry symbols by a French (or English) word in the whole set's index
 *   (src/lib/pictograms/mulberry/), prints them and writes reports/pictogrammes.html to see them.
 * `npm run pictogramme -- importer <symbole> --depuis <dossier Mulberry>`
 *   Copies one drawing from the editor's copy of the set into public/pictogrammes/
 *   and prints the lines to add to content/pictogrammes.yaml.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { mulberryIndex } from '../src/lib/pictograms/mulberry-index.ts';
import { searchSymbols } from '../src/lib/pictograms/search.ts';
import { contactSheet, drawingFile, mulberryEnDir } from '../src/lib/pictograms/contact-sheet.ts';
import { pictograms, PICTOGRAMS_DIR, PICTOGRAMS_FILE } from '../src/lib/pictograms/pictograms.ts';
import { readCommandLine } from './lib/command-line.ts';

const SHEET = 'reports/pictogrammes.html';
const USAGE = [
  'Utilisation :',
  '  npm run pictogramme -- chercher <mot> [--mulberry <dossier>] [--max <nombre>]',
  '  npm run pictogramme -- importer <symbole> --depuis <dossier Mulberry>',
].join('\n');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function search(words: string[], mulberryDir: string | undefined, max: number): void {
  const query = words.join(' ');
  if (!query.trim()) fail(`Indiquez un mot à chercher, par exemple : npm run pictogramme -- chercher école\n${USAGE}`);
  const hits = searchSymbols(query, mulberryIndex(), pictograms().values());
  if (hits.length === 0) {
    console.log(`Aucun pictogramme pour « ${query} ». Essayez un autre mot, au singulier, ou en anglais (« school »).`);
    return;
  }
  const shown = hits.slice(0, max);
  console.log(`${hits.length} pictogramme${hits.length > 1 ? 's' : ''} pour « ${query} »${hits.length > shown.length ? ` (les ${shown.length} premiers)` : ''} :`);
  for (const hit of shown) {
    const file = drawingFile(hit.symbol.symbol, '.', mulberryDir);
    const where = hit.used
      ? `déjà utilisé : « :${hit.used.name}: », fichier ${relative('.', file ?? join(PICTOGRAMS_DIR, `${hit.symbol.symbol}.svg`))}`
      : file && !file.startsWith(resolve(PICTOGRAMS_DIR))
        ? `à importer : npm run pictogramme -- importer ${hit.symbol.symbol} --depuis ${mulberryDir}`
        : file
          ? `fichier ${relative('.', file)}`
          : `à importer : npm run pictogramme -- importer ${hit.symbol.symbol} --depuis <dossier Mulberry>`;
    // The meaning the project gave the drawing, else the set's French name.
    console.log(`- ${hit.used?.sens ?? hit.symbol.french} — symbole ${hit.symbol.symbol} (${hit.symbol.category}) — ${where}`);
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync(SHEET, contactSheet(query, shown, resolve(SHEET), '.', mulberryDir));
  console.log(`Pour les voir : ouvrez ${SHEET} dans un navigateur.`);
}

function importSymbol(symbol: string | undefined, from: string | undefined): void {
  if (!symbol) fail(`Indiquez le symbole à importer (son nom donné par « chercher »).\n${USAGE}`);
  if (!from) fail('Indiquez où est votre copie des Mulberry Symbols : --depuis <dossier> (le dossier qui contient EN/).');
  const index = mulberryIndex();
  const entry = index.find((s) => s.symbol === symbol);
  if (!entry) fail(`Le symbole « ${symbol} » n’est pas dans les Mulberry Symbols. Cherchez son nom : npm run pictogramme -- chercher <mot>.`);
  const source = join(mulberryEnDir(from), `${symbol}.svg`);
  if (!existsSync(source)) fail(`Fichier introuvable : ${source}. Vérifiez le dossier donné à --depuis (il contient EN/${symbol}.svg).`);
  const target = join(PICTOGRAMS_DIR, `${symbol}.svg`);
  mkdirSync(PICTOGRAMS_DIR, { recursive: true });
  // Copied unchanged: the drawings are already compact (1–12 kB), and an unchanged copy keeps the credit simple.
  copyFileSync(source, target);
  const used = [...pictograms().values()].find((p) => p.symbole === symbol);
  console.log(`${target} : copié.`);
  if (used) {
    console.log(`Ce symbole sert déjà au sens « ${used.sens} » (:${used.name}:).`);
    return;
  }
  console.log(`Ajoutez-le à ${PICTOGRAMS_FILE} avec un nom et son sens, par exemple :\n`);
  console.log(`nom-du-sens:\n  symbole: ${symbol}\n  sens: "${entry.french}"\n  mots: []\n`);
  console.log('Puis écrivez « ## :nom-du-sens: Titre » dans une page facile à lire.');
}

try {
  const { values, positionals } = readCommandLine({
    positionals: true,
    options: { mulberry: { type: 'string', value: '<dossier>' }, depuis: { type: 'string', value: '<dossier>' }, max: { type: 'string', value: '<nombre>' } },
  }, (message) => fail(`${message}\n${USAGE}`));
  const [command, ...rest] = positionals;
  const max = values.max === undefined ? 20 : Number(values.max);
  if (!Number.isInteger(max) || max < 1) fail(`--max « ${values.max} » : écrivez un nombre entier, par exemple --max 50.`);
  if (command === 'chercher') search(rest, values.mulberry ?? values.depuis, max);
  else if (command === 'importer') importSymbol(rest[0], values.depuis ?? values.mulberry);
  else fail(command ? `Commande « ${command} » inconnue.\n${USAGE}` : USAGE);
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
