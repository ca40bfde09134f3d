/**
 * Texts that state how big the report is (« 3 pactes, 10 défis, 40 ambitions »)
 * go stale when an editor adds an ambition. This check compares each stated
 * count with the content: on the general pages and the glossary, with the whole
 * report; on a pacte's page, with that pacte's défis and ambitions. Ambition and
 * thématique pages are left out: there « quatre grandes ambitions » or « deux
 * thématiques » speak of other things (a policy's aims, a partner's themes).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from './content-files.ts';
import { lineOfPath } from './yaml-lines.ts';

type Unit = 'pactes' | 'defis' | 'ambitions' | 'thematiques';

const UNIT_OF_WORD: Record<string, Unit> = {
  pacte: 'pactes', pactes: 'pactes',
  défi: 'defis', défis: 'defis', defi: 'defis', defis: 'defis',
  ambition: 'ambitions', ambitions: 'ambitions',
  thématique: 'thematiques', thématiques: 'thematiques',
};

const NUMBER_WORDS: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

// A count directly before the unit: « 40 ambitions », « trois Pactes », « 10 défis ».
const STATED = /(?<![\p{L}\p{N}])(\d+|\p{L}+)\s+(pactes?|défis?|defis?|ambitions?|thématiques?)(?![\p{L}])/giu;

export interface StatedCount {
  text: string;
  unit: Unit;
  value: number;
}

export function statedCounts(text: string): StatedCount[] {
  const found: StatedCount[] = [];
  for (const match of text.matchAll(STATED)) {
    const [whole, number = '', word = ''] = match;
    const value = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS[number.toLowerCase()];
    const unit = UNIT_OF_WORD[word.toLowerCase()];
    if (value !== undefined && unit) found.push({ text: whole, unit, value });
  }
  return found;
}

type Counts = Record<Unit, number>;

function countsOf(files: readonly ContentFile[], pacte?: string): Counts {
  const standard = (collection: string) =>
    files.filter((f) => f.collection === collection && (pacte === undefined || f.data.pacte === pacte)).length;
  return {
    pactes: pacte === undefined ? standard('pactes') : 1,
    defis: standard('defis'),
    ambitions: standard('ambitions'),
    thematiques: pacte === undefined ? standard('thematiques') : Number.NaN,
  };
}

const UNIT_LABEL: Record<Unit, [one: string, many: string]> = {
  pactes: ['pacte', 'pactes'],
  defis: ['défi', 'défis'],
  ambitions: ['ambition', 'ambitions'],
  thematiques: ['thématique', 'thématiques'],
};

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

function scopeOf(file: ContentFile): { pacte?: string } | undefined {
  const collection = file.collection.replace(/^falc\//, '');
  if (collection === 'pages' || collection === 'glossaire') return {};
  if (collection === 'pactes') return { pacte: file.id };
  return undefined;
}

export function checkStatedCounts(files: readonly ContentFile[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const file of files) {
    const scope = scopeOf(file);
    if (!scope) continue;
    const actual = countsOf(files, scope.pacte);
    for (const { text, line } of textsWithLines(file)) {
      for (const stated of statedCounts(text)) {
        const real = actual[stated.unit];
        if (Number.isNaN(real) || stated.value === real) continue;
        const where = scope.pacte === undefined ? 'le rapport' : 'ce pacte';
        issues.push({
          file: file.path,
          line,
          severity: 'warning',
          message: `« ${stated.text} » : ${where} compte ${real} ${UNIT_LABEL[stated.unit][real > 1 ? 1 : 0]} dans content/. Corrigez le nombre, ou vérifiez qu’il ne manque pas de page.`,
        });
      }
    }
  }
  return issues;
}
