/**
 * `npm run lint:falc [-- [--format json] [--details] CHEMINS…]`
 *
 * Lints the FALC pages of `content/falc/` (recursively, `*.md`) and the FALC
 * explanations of `content/glossaire/`, or the Markdown files and folders
 * given. Of a page, its text and the FALC texts of its front matter (`titre`,
 * `description`, questions, key figures), at their line in the file. Exit code
 * 1 when a page has an error, 0 otherwise, 2 when the command is misused. With
 * `--format json`, stdout holds one JSON array and nothing else.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { VFile } from 'vfile';
import {
  collectMarkdown,
  createFalcLinter,
  formatHuman,
  formatJson,
  hasErrors,
  listingTitles,
  loadGlossary,
  readMarkdown,
  type FalcReport,
  DOCS_BASE_URL,
} from '../src/lib/falc/index.ts';
import { byPlace, emptyStats } from '../src/lib/falc/lint.ts';
import { PROJECT_ROOT } from '../src/lib/falc/files.ts';
import { findPage, PAGE_FORMS } from '../src/lib/page-names.ts';
import { isListingFolder } from '../src/lib/falc/listings.ts';
import { lintFalcFrontMatters } from '../src/lib/pairing/lint-falc-cli-fields.ts';
import { compareNameSpellings, placedSpellings, type SpelledText } from '../src/lib/falc/name-spellings.ts';

const USAGE = `Utilisation : npm run lint:falc -- [--format texte|json] [--details] [CHEMINS…]

Vérifie les pages FALC (fichiers .md) : leur texte, et dans l’en-tête le titre, la description,
les questions et les phrases des chiffres clés. Sans chemin : toutes les pages de content/falc/
et les explications FALC du glossaire (content/glossaire/).
Un chemin peut être un fichier Markdown, un dossier (lu avec ses sous-dossiers) ou le nom
d’une page : ambitions/st-01, ou st-01 s’il est unique.

  --format texte   messages groupés par page, puis le total (par défaut)
  --details        avec le texte : aussi les scores de lisibilité de chaque page
                   et les messages masqués par falc-ignore, avec leur raison
  --format json    un tableau JSON, et rien d’autre sur la sortie
  --help           cette aide

Code de sortie : 1 s’il y a au moins une erreur, 0 sinon, 2 si la commande est mal écrite.
`;

interface Arguments {
  format: 'texte' | 'json';
  details: boolean;
  paths: string[];
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const result: Arguments = { format: 'texte', details: false, paths: [] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--help' || argument === '-h') return 'aide';
    if (argument === '--details') {
      result.details = true;
      continue;
    }
    if (argument === '--format' || argument.startsWith('--format=')) {
      const value = argument.includes('=') ? argument.slice('--format='.length) : argv[++index];
      if (value === 'json' || value === 'texte' || value === 'text') result.format = value === 'json' ? 'json' : 'texte';
      else return `Format « ${value ?? ''} » inconnu : utilisez « texte » ou « json ».`;
    } else if (argument.startsWith('-') && argument !== '-') {
      return `Option « ${argument} » inconnue.`;
    } else {
      result.paths.push(argument);
    }
  }
  return result;
}

function unreadable(path: string, error: string): FalcReport {
  const file = new VFile({ path });
  const message = file.message(`${error}`, { place: { line: 1, column: 1 }, ruleId: 'falc:lecture', source: 'falc' });
  message.fatal = true;
  message.url = DOCS_BASE_URL + 'README.md';
  return { path, messages: [message], stats: emptyStats(), ignored: [], readError: error, file };
}

/** The project's glossary, whose entries' FALC explanations (`falc`) are linted with the pages. */
const GLOSSARY_FOLDER = join(PROJECT_ROOT, 'content/glossaire');

/** A glossary entry (a file of a `glossaire` folder, like content/glossaire/mdph.md): its `falc` explanation is linted, it has no page text. */
function isGlossaryEntry(path: string): boolean {
  return path.endsWith('.md') && basename(dirname(resolve(path))) === 'glossaire';
}

/** Is this a standard page of the report (its FALC twin is what this command checks)? */
function isStandardPage(argument: string): boolean {
  const path = relative(join(PROJECT_ROOT, 'content'), resolve(argument)).replaceAll('\\', '/');
  return argument.endsWith('.md') && !path.startsWith('..') && !path.startsWith('falc/') && path.includes('/') && !isGlossaryEntry(argument);
}

/**
 * A file or folder as given, except a standard page of the report, which is
 * taken to its FALC twin like a page name (`ambitions/st-01`, `st-01`): every
 * command names a page the same ways (src/lib/page-names.ts).
 */
function resolveArgument(argument: string): string | FalcReport {
  if (existsSync(argument) && !isStandardPage(argument)) return argument;
  if (!existsSync(argument) && argument.endsWith('.md')) return unreadable(argument, `Fichier introuvable : vérifiez le chemin. ${PAGE_FORMS}`);
  const page = findPage(argument, PROJECT_ROOT);
  if (!page.ok) return unreadable(argument, page.message);
  // A word of the glossary (`glossaire/mdph`, `mdph`): its entry holds its FALC explanation.
  if (isGlossaryEntry(page.files.standardFile)) return relative(process.cwd(), join(PROJECT_ROOT, page.files.standardFile));
  const falcFile = join(PROJECT_ROOT, page.files.falcFile);
  if (!existsSync(falcFile)) {
    return unreadable(argument, `La version facile à lire de « ${page.files.page} » n’existe pas encore : créez ${page.files.falcFile}.`);
  }
  return relative(process.cwd(), falcFile);
}

async function main(): Promise<number> {
  const parsed = parseArguments(process.argv.slice(2));
  if (parsed === 'aide') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n\n${USAGE}`);
    return 2;
  }

  let paths = parsed.paths;
  if (paths.length === 0) {
    const folder = join(PROJECT_ROOT, 'content/falc');
    if (!existsSync(folder)) {
      if (parsed.format === 'json') process.stdout.write('[]\n');
      else process.stdout.write('Aucune page FALC : le dossier content/falc n’existe pas encore.\n');
      return 0;
    }
    paths = [relative(process.cwd(), folder) || '.'];
    if (existsSync(GLOSSARY_FOLDER)) paths.push(relative(process.cwd(), GLOSSARY_FOLDER));
  }

  const glossary = loadGlossary(GLOSSARY_FOLDER);
  const linter = createFalcLinter({ glossary });
  const reports: FalcReport[] = [];
  const found: string[] = [];
  for (const argument of paths) {
    const resolved = resolveArgument(argument);
    if (typeof resolved === 'string') found.push(resolved);
    else reports.push(resolved);
  }
  const collected = collectMarkdown(found).map((path) => ({ path, read: readMarkdown(path), entry: isGlossaryEntry(path) }));
  const files = collected.filter(({ entry }) => !entry);
  const entries = collected.filter(({ entry }) => entry);
  // A page of a listing is read with every page of its folder, even when it is linted alone.
  const listed = new Set(files.map(({ path }) => path));
  const folders = new Set(files.map(({ path }) => dirname(path)).filter((folder) => isListingFolder(folder)));
  const siblings = collectMarkdown([...folders]).filter((path) => !listed.has(path)).map((path) => ({ path, read: readMarkdown(path) }));
  const listings = listingTitles([...files, ...siblings].flatMap(({ path, read }) => (read.ok ? [{ path, text: read.text }] : [])));
  // Each page is linted alone, then its names are compared with those of every other text (compareNameSpellings).
  const pageTexts = new Map<string, SpelledText<FalcReport>>();
  for (const { path, read } of files) {
    if (!read.ok) continue;
    const listing = listings.get(path);
    const report = await linter.lint(path, read.text, { listing });
    pageTexts.set(path, { result: report, spellings: placedSpellings(report.file, path), relint: (names) => linter.lint(path, read.text, { listing, names }) });
  }
  const readable = (list: typeof collected) => list.flatMap(({ path, read }) => (read.ok ? [{ path, text: read.text }] : []));
  const frontMatters = await lintFalcFrontMatters({ pages: readable(files), glossaryEntries: readable(entries) }, glossary, PROJECT_ROOT);
  await compareNameSpellings([...pageTexts.values(), ...frontMatters.texts]);
  const pageReports = files.map(({ path, read }) => (read.ok ? pageTexts.get(path)!.result : unreadable(path, read.error)));
  const entryReports = entries.map(({ path, read }): FalcReport =>
    read.ok ? { path, messages: [], stats: emptyStats(), ignored: [], file: new VFile({ path }), glossaryEntry: true } : unreadable(path, read.error),
  );
  // The front matters' texts are reported with their file's other messages, in reading order.
  const fieldMessages = [...frontMatters.texts.flatMap((text) => text.result), ...frontMatters.messages];
  for (const report of [...pageReports, ...entryReports]) {
    const own = fieldMessages.filter((message) => message.file === report.path);
    if (own.length > 0) report.messages = [...report.messages, ...own].sort(byPlace);
  }
  reports.push(...pageReports, ...entryReports);

  if (parsed.format === 'json') process.stdout.write(formatJson(reports));
  else if (reports.length === 0) process.stdout.write('Aucun fichier Markdown dans les chemins donnés.\n');
  else process.stdout.write(formatHuman(reports, { details: parsed.details }));
  return hasErrors(reports) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Erreur interne du linter FALC : ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
