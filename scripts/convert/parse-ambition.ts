/**
 * One ambition of the report: its heading (two layouts in the source), then five
 * sub-sections that can come in any order. Each line is assigned to the section
 * whose heading came last; the SH 5 figures printed under the testimonies are put
 * back under CHIFFRES because they are recognised by their shape, not position.
 */
import type { Block } from './blocks.ts';
import { isQuoteLine, parseQuoteLine, cleanAuthor, type Testimony } from './parse-quote.ts';
import { parseFigureLine, type KeyFigure } from './parse-figure.ts';

export interface Ambition {
  numero: number;
  titre: string;
  line: number;
  intro: string[];
  actions: string[];
  temoignages: Testimony[];
  chiffres: KeyFigure[];
  perspectives: string[];
}

type Section = 'intro' | 'actions' | 'temoignages' | 'chiffres' | 'perspectives';

const GLUED_HEADING = /^Ambition (\d+)\*\*(.+?)\*{5}On l'a dit, on l'a fait\*{3}$/;
const SPLIT_HEADING = /^Ambition (\d+)$/;
const SECTION_HEADINGS: ReadonlyArray<[RegExp, Section]> = [
  [/^On l'a dit, on l'a fait$/, 'intro'],
  [/^(?:\*\*)?QUELQUES ACTIONS\.\.\.(?:\*\*)?$/, 'actions'],
  [/^Ils en parlent mieux que nous$/, 'temoignages'],
  [/^CHIFFRES$/, 'chiffres'],
  [/^PERSPECTIVES$/, 'perspectives'],
];
const ACTION_GLYPH = /^[⌚➔⊕➊➋➌④]\s+/;
/** A figure line: a bullet then a number (possibly after a short lead), as in the CHIFFRES blocks. */
const FIGURE_SHAPE = /^[•\-]\s+(?:[^«]{0,20})\*\*\d/;

export function isAmbitionHeading(text: string): boolean {
  return GLUED_HEADING.test(text) || SPLIT_HEADING.test(text);
}

/** Splits a pacte's blocks into one list of blocks per ambition. */
export function splitAmbitions(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    if (isAmbitionHeading(block.text)) groups.push([]);
    groups.at(-1)?.push(block);
  }
  return groups;
}

export function parseAmbition(blocks: readonly Block[]): Ambition {
  const [head, ...rest] = blocks;
  if (!head) throw new Error('Ambition vide');
  const glued = GLUED_HEADING.exec(head.text);
  let numero: number;
  let titre: string;
  let body: readonly Block[];
  if (glued) {
    numero = Number(glued[1]);
    titre = glued[2]!;
    body = rest;
  } else {
    numero = Number(SPLIT_HEADING.exec(head.text)?.[1]);
    titre = rest[0]?.text ?? '';
    if (rest[1]?.text !== "On l'a dit, on l'a fait") {
      throw new Error(`Ligne ${head.line} : « On l'a dit, on l'a fait » attendu après le titre.`);
    }
    body = rest.slice(2);
  }

  const ambition: Ambition = {
    numero, titre, line: head.line, intro: [], actions: [], temoignages: [], chiffres: [], perspectives: [],
  };
  let section: Section = 'intro';
  for (const block of body) {
    const heading = SECTION_HEADINGS.find(([re]) => re.test(block.text));
    if (heading) {
      section = heading[1];
      continue;
    }
    addBlock(ambition, section, block);
  }
  return ambition;
}

function addBlock(ambition: Ambition, section: Section, block: Block): void {
  const text = block.text;
  switch (section) {
    case 'intro':
      ambition.intro.push(text);
      return;
    case 'perspectives':
      ambition.perspectives.push(text);
      return;
    case 'actions':
      if (!ACTION_GLYPH.test(text)) throw new Error(`Ligne ${block.line} : action sans puce : « ${text.slice(0, 60)} »`);
      ambition.actions.push(text.replace(ACTION_GLYPH, ''));
      return;
    case 'chiffres':
      ambition.chiffres.push(parseFigureLine(text));
      return;
    case 'temoignages': {
      if (FIGURE_SHAPE.test(text) && !isQuoteLine(text)) {
        ambition.chiffres.push(parseFigureLine(text));
        return;
      }
      if (isQuoteLine(text)) {
        ambition.temoignages.push(parseQuoteLine(text));
        return;
      }
      const last = ambition.temoignages.at(-1);
      if (!last || last.auteur !== '') {
        throw new Error(`Ligne ${block.line} : auteur sans citation : « ${text.slice(0, 60)} »`);
      }
      last.auteur = cleanAuthor(text);
      return;
    }
  }
}
