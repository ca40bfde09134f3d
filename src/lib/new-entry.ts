/**
 * A new entry of the report's last level (`npm run nouvelle-page`): an ambition
 * of the bilan, a fiche of the fiches report, whatever content/rapport.yaml
 * says. Its parents are chosen by their level's field (`--pacte`, `--defi`;
 * `--partie`), it is numbered after the last entry of its top-level entry, and
 * its page and FALC twin are those of `npm run nouveau-rapport` (new-report.ts):
 * every place to write says « À COMPLÉTER », which the content check refuses.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCollectionFiles } from './checks/content-files.ts';
import { falcTwin, leafPage } from './new-report.ts';
import { ancestorsOf, fieldOf, leafLevel, type Level, type ReportShape } from '../model/report-shape.ts';
import { aName, capitalised, theName, thisName, toTheName } from '../i18n/report-words.ts';

/** The command, as the editors type it; `npm run nouvelle-ambition` is the same script. */
export const NEW_ENTRY_COMMAND = 'npm run nouvelle-page';

/** What the command is asked: the parents' ids by their level's field (`pacte`, `defi`), and the title. */
export interface EntryRequest {
  parents: Readonly<Record<string, string | undefined>>;
  titre: string | undefined;
}

export type EntryPlan =
  | { ok: true; leaf: Level; numero: number; id: string; files: Record<string, string> }
  | { ok: false; message: string };

/** The levels whose entry a new leaf names, from the top: pacte and défi, or partie. */
export const parentLevels = (shape: ReportShape): Level[] => ancestorsOf(shape, leafLevel(shape));

/** How an option shows its value: `<pacte>`, `<défi>`, `<partie>`. */
export const valueOf = (level: Level) => `<${level.nom.singulier}>`;

/** `Utilisation : npm run nouvelle-page -- --pacte <pacte> --defi <défi> --titre "Titre"`, from the shape. */
export function usage(shape: ReportShape): string {
  const parents = parentLevels(shape).map((level) => `--${fieldOf(level)} ${valueOf(level)}`);
  return `Utilisation : ${NEW_ENTRY_COMMAND} -- ${[...parents, '--titre "Titre"'].join(' ')}`;
}

/** « de l’ambition », « de la fiche », « du chapitre ». */
const ofTheName = (level: Level) => (level.nom.genre === 'masculin' && !theName(level.nom).startsWith('l’') ? `du ${level.nom.singulier}` : `de ${theName(level.nom)}`);

/** The text of `--help`: the usage line, what the command does, and each option of this shape with its possible values. */
export function help(root: string, shape: ReportShape): string {
  const leaf = leafLevel(shape);
  const [top, ...below] = parentLevels(shape);
  const options: [string, string][] = [
    [`--${fieldOf(top!)} ${valueOf(top!)}`, `${top!.nom.pluriel} possibles : ${entriesOf(root, top!).map((entry) => entry.id).join(', ')}`],
    ...below.map((level): [string, string] => [`--${fieldOf(level)} ${valueOf(level)}`, `${aName(level.nom)} de ${thisName(top!.nom)}, par son nom de fichier`]),
    ['--titre "Titre"', `le titre ${ofTheName(leaf)}, entre guillemets`],
    ['--help', 'cette aide'],
  ];
  const width = Math.max(...options.map(([option]) => option.length));
  return [
    usage(shape),
    '',
    `Ajoute ${aName(leaf.nom)} dans content/${leaf.dossier}/ et sa version facile à lire dans content/falc/${leaf.dossier}/,`,
    `${leaf.nom.genre === 'féminin' ? 'numérotée après la dernière' : 'numéroté après le dernier'} ${leaf.nom.singulier} ${ofTheName(top!)}. Chaque endroit à écrire contient « À COMPLÉTER ».`,
    '',
    ...options.map(([option, text]) => `  ${option.padEnd(width)}  ${text}`),
    '',
  ].join('\n');
}

/** « Pactes possibles : a, b. » */
const possible = (level: Level, ids: readonly string[]) =>
  `${capitalised(level.nom.pluriel)} possibles : ${ids.length > 0 ? ids.join(', ') : level.nom.genre === 'féminin' ? 'aucune' : 'aucun'}.`;

/** The readable entries of a level, by file name. */
function entriesOf(root: string, level: Level): { id: string; data: Record<string, unknown> }[] {
  return readCollectionFiles(root, level.dossier);
}

/**
 * The file name of a leaf: its top-level entry's `code` when it has one (the
 * bilan's pactes: `st-01`), otherwise that entry's own name (`numerique-01`),
 * then the number on two digits.
 */
export function leafId(top: { id: string; data: Record<string, unknown> }, numero: number): string {
  const prefix = typeof top.data.code === 'string' && top.data.code ? top.data.code : top.id;
  return `${prefix}-${String(numero).padStart(2, '0')}`;
}

/**
 * The files of the new entry, by path from `root`, or the French message that
 * says what to fix. Each parent must exist and belong to the parents given
 * before it (the défi to its pacte); numbers restart in each top-level entry,
 * as the content check wants (check-references.ts).
 */
export function planNewEntry(root: string, shape: ReportShape, request: EntryRequest): EntryPlan {
  const titre = request.titre?.trim();
  const levels = parentLevels(shape);
  const missing = [...levels.map(fieldOf).filter((field) => !request.parents[field]), ...(titre ? [] : ['titre'])];
  if (missing.length > 0) return { ok: false, message: `Il manque ${missing.map((field) => `--${field}`).join(', ')}.\n${usage(shape)}` };

  const chosen: { level: Level; id: string; data: Record<string, unknown> }[] = [];
  for (const level of levels) {
    const id = request.parents[fieldOf(level)]!;
    const all = entriesOf(root, level);
    // An entry of a lower level names its parents too (`pacte:` in a défi): it must name those already chosen.
    const mismatch = (data: Record<string, unknown>) => chosen.find((parent) => data[fieldOf(parent.level)] !== parent.id);
    const candidates = all.filter((entry) => !mismatch(entry.data));
    const found = candidates.find((entry) => entry.id === id);
    if (!found) {
      const elsewhere = all.find((entry) => entry.id === id);
      const parent = elsewhere && mismatch(elsewhere.data);
      const what = parent
        ? `${capitalised(theName(level.nom))} « ${id} » n’appartient pas ${toTheName(parent.level.nom)} « ${parent.id} ».`
        : `${capitalised(theName(level.nom))} « ${id} » n’existe pas.`;
      return { ok: false, message: `${what} ${possible(level, candidates.map((entry) => entry.id))}` };
    }
    chosen.push({ level, ...found });
  }

  const leaf = leafLevel(shape);
  const top = chosen[0]!;
  const numbers = entriesOf(root, leaf)
    .filter((entry) => entry.data[fieldOf(top.level)] === top.id)
    .map((entry) => entry.data.numero)
    .filter((numero): numero is number => typeof numero === 'number');
  const numero = Math.max(0, ...numbers) + 1;
  const id = leafId(top, numero);
  const head = { ...Object.fromEntries(chosen.map((parent) => [fieldOf(parent.level), parent.id])), numero, titre };
  const files = {
    [`content/${leaf.dossier}/${id}.md`]: leafPage(leaf, head),
    [`content/falc/${leaf.dossier}/${id}.md`]: falcTwin(`${leaf.dossier}/${id}`),
  };
  // A file already named so (a number written by hand) is never overwritten.
  const taken = Object.keys(files).find((path) => existsSync(join(root, path)));
  if (taken) return { ok: false, message: `${taken} existe déjà : rien n’a été écrit. Vérifiez les numéros (« numero ») des ${leaf.nom.pluriel} ${ofTheName(top.level)} « ${top.id} ».` };
  return { ok: true, leaf, numero, id, files };
}
