/**
 * Texts that state how big the report is (« 3 pactes, 10 défis, 40 ambitions »)
 * go stale when an editor adds an ambition. This check compares each stated
 * count with the content: on the general pages and the glossary, with the whole
 * report; on a pacte's page, with that pacte's défis and ambitions. The levels
 * and their names come from the report's shape. Ambition and
 * thématique pages are left out: there « quatre grandes ambitions » or « deux
 * thématiques » speak of other things (a policy's aims, a partner's themes).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from '../../model/content-file.ts';
import { lineOfPath } from './yaml-lines.ts';
import { allLevels } from './shape-of.ts';
import { fieldOf, projectShape, type ReportShape } from '../../model/report-shape.ts';
import { thisName } from '../../i18n/report-words.ts';

/** A level of the report, by its folder (`ambitions`). */
type Unit = string;

/** Every word that names a level (« pacte », « pactes », « défis », « defis », « thématiques »…), in both versions. */
function unitWords(shape: ReportShape): Map<string, Unit> {
  const words = new Map<string, Unit>();
  const add = (word: string, unit: Unit) => {
    const lower = word.toLocaleLowerCase('fr');
    words.set(lower, unit);
    words.set(lower.normalize('NFD').replace(/\p{M}/gu, ''), unit);
    // « 4 thématiques » counts the « thématiques transversales ».
    const first = lower.split(/\s+/)[0]!;
    if (!words.has(first)) words.set(first, unit);
  };
  for (const level of allLevels(shape)) for (const name of [level.nom, level.nomFacile]) for (const word of [name.singulier, name.pluriel]) add(word, level.dossier);
  return words;
}

const NUMBER_WORDS: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};


export interface StatedCount {
  text: string;
  unit: Unit;
  value: number;
}

const known = new WeakMap<ReportShape, { units: Map<string, Unit>; pattern: RegExp }>();

/** The levels' names of a shape, and a count directly before one of them: « 40 ambitions », « trois Pactes », « 10 défis ». */
function namesOf(shape: ReportShape): { units: Map<string, Unit>; pattern: RegExp } {
  let names = known.get(shape);
  if (!names) {
    const units = unitWords(shape);
    const words = [...units.keys()].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    names = { units, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(\\d+|\\p{L}+)\\s+(${words.join('|')})(?![\\p{L}])`, 'giu') };
    known.set(shape, names);
  }
  return names;
}

/** The counts a text states of the report's levels (their names come from its shape). */
export function statedCounts(text: string, shape: ReportShape = projectShape()): StatedCount[] {
  const { units, pattern } = namesOf(shape);
  const found: StatedCount[] = [];
  for (const match of text.matchAll(pattern)) {
    const [whole, number = '', word = ''] = match;
    const value = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS[number.toLowerCase()];
    const unit = units.get(word.toLocaleLowerCase('fr'));
    if (value !== undefined && unit) found.push({ text: whole, unit, value });
  }
  return found;
}

/**
 * How many entries of each level the whole report, or one top-level entry (`top`), has; NaN where a count makes
 * no sense, or cannot be known because a file of that level is unreadable (`unknown`).
 */
function countsOf(files: readonly ContentFile[], shape: ReportShape, unknown: ReadonlySet<Unit>, top?: string): Map<Unit, number> {
  const topLevel = shape.niveaux[0]!;
  const within = (file: ContentFile) => top === undefined || file.data[fieldOf(topLevel)] === top;
  const counts = new Map<Unit, number>();
  for (const level of shape.niveaux) {
    counts.set(level.dossier, level === topLevel && top !== undefined ? 1 : files.filter((f) => f.collection === level.dossier && within(f)).length);
  }
  if (shape.transversales) counts.set(shape.transversales.dossier, top === undefined ? files.filter((f) => f.collection === shape.transversales!.dossier).length : Number.NaN);
  for (const unit of unknown) if (counts.has(unit)) counts.set(unit, Number.NaN);
  return counts;
}

/** The levels with an unreadable standard page (`content/ambitions/x.md`): the editor is told of that file, not of every count. */
function levelsWithUnreadable(unreadable: readonly string[]): Set<Unit> {
  return new Set(unreadable.map((path) => path.split('/')).filter((parts) => parts.length === 3).map((parts) => parts[1]!));
}

/** Every text of a file with its line: the body's paragraphs and headings, and the front matter's strings. */
function textsWithLines(file: ContentFile): { text: string; line: number }[] {
  const texts: { text: string; line: number }[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      texts.push({ text: toString(node), line: file.bodyLine + (node.position?.start.line ?? 1) - 1 });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromMarkdown(file.body));
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') texts.push({ text: value, line: lineOfPath(file.source, path) });
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(file.data, []);
  return texts;
}

/** What a file's counts are about: the whole report (general pages, glossary), one top-level entry (its own page), or nothing. */
function scopeOf(file: ContentFile, shape: ReportShape): { top?: string } | undefined {
  const collection = file.collection.replace(/^falc\//, '');
  if (collection === 'pages' || collection === 'glossaire') return {};
  if (collection === shape.niveaux[0]!.dossier) return { top: file.id };
  return undefined;
}

/**
 * `unreadable`: the paths of the pages that could not be read (each has its own error): the levels they belong
 * to are not counted. Without a readable shape (reported by check-data-files.ts), nothing can be counted.
 */
export function checkStatedCounts(files: readonly ContentFile[], unreadable: readonly string[], shape: ReportShape | undefined): ContentIssue[] {
  if (!shape) return [];
  const unknown = levelsWithUnreadable(unreadable);
  const issues: ContentIssue[] = [];
  const levels = new Map(allLevels(shape).map((level) => [level.dossier, level]));
  for (const file of files) {
    const scope = scopeOf(file, shape);
    if (!scope) continue;
    const actual = countsOf(files, shape, unknown, scope.top);
    for (const { text, line } of textsWithLines(file)) {
      for (const stated of statedCounts(text, shape)) {
        const real = actual.get(stated.unit) ?? Number.NaN;
        if (Number.isNaN(real) || stated.value === real) continue;
        const where = scope.top === undefined ? 'le rapport' : thisName(shape.niveaux[0]!.nom);
        const name = levels.get(stated.unit)!.nom;
        issues.push({
          file: file.path,
          line,
          severity: 'warning',
          message: `« ${stated.text} » : ${where} compte ${real} ${real > 1 ? name.pluriel : name.singulier} dans content/. Corrigez le nombre, ou vérifiez qu’il ne manque pas de page.`,
        });
      }
    }
  }
  return issues;
}
