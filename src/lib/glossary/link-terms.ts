/**
 * Finds the glossary words and acronyms inside <main> of a finished page and
 * lets the caller mark them (a link, an <abbr>). Works on the HTML string (the
 * page is already well-formed Astro output) so it costs one pass per page; it
 * never touches attributes, links, headings, code or navigation, where a mark
 * would be wrong or unreadable.
 *
 * Text is read block by block (paragraph, list item, line…): whether a word has
 * the glossary's sense depends on the words around it, even across <strong>.
 */
import { findAcronyms, spelledOut, type Spelled } from './acronyms.ts';
import type { GlossaryWord, WordMatch } from './matcher.ts';
import { rejection, type Rejection } from './senses.ts';

const SKIPPED = new Set(['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'code', 'pre', 'nav', 'title', 'button', 'dt', 'label', 'figcaption', 'summary']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements inside a sentence: any other tag ends the block of text being read. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
/**
 * A comment; a <script> or <style> element whole (their content is raw text, where « <nav> » in a CSS comment is no
 * tag: the preview serves the site's styles unminified, comments included); or one tag.
 */
const TAG = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/gi;

/** What the caller may mark. */
export type Mark<T extends GlossaryWord> =
  /** A glossary word or acronym in the glossary's sense; `first` on its first use in the page. */
  | { kind: 'word'; match: WordMatch<T>; first: boolean }
  /** An acronym the glossary does not know, spelled out somewhere on the page. */
  | { kind: 'acronym'; index: number; text: string; expansion: string };

export interface Rejected<T extends GlossaryWord> {
  match: WordMatch<T>;
  reason: Rejection;
  /** The block of text it was read in (raw HTML text, entities kept). */
  context: string;
}

export interface LinkResult<T extends GlossaryWord> {
  html: string;
  /** Entries used on the page in the glossary's sense, in order of first use. */
  used: T[];
  /** Every mark the caller was given, in the order of the page, with the block of text it was read in (raw HTML text). */
  marked: { mark: Mark<T>; context: string }[];
  /** Occurrences of a glossary form left alone because they have another sense. */
  rejected: Rejected<T>[];
}

interface TextPiece {
  raw: string;
  /** Not in a skipped element: may be marked. */
  markable: boolean;
  replaced?: string;
}

/** The page split into tags (strings) and text pieces, the pieces grouped in blocks; only <main> is kept in blocks. */
function readPage(html: string): { parts: (string | TextPiece)[]; blocks: TextPiece[][] } {
  const parts: (string | TextPiece)[] = [];
  const blocks: TextPiece[][] = [];
  let block: TextPiece[] = [];
  let inMain = false;
  let skipped = 0;
  let last = 0;
  const endBlock = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  const addText = (raw: string) => {
    if (!raw) return;
    const piece: TextPiece = { raw, markable: inMain && skipped === 0 };
    parts.push(piece);
    if (inMain) block.push(piece);
  };
  for (const tag of html.matchAll(TAG)) {
    addText(html.slice(last, tag.index));
    parts.push(tag[0]);
    last = tag.index + tag[0].length;
    const [, rawText, closing, rawName, selfClosing] = tag;
    // Neither a comment nor a script or style element holds text of the page; a script or style ends a block of text.
    if (rawText) endBlock();
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (!PHRASING.has(name)) endBlock();
    if (name === 'main') inMain = !closing;
    if (!SKIPPED.has(name) || VOID.has(name) || selfClosing) continue;
    skipped += closing ? -1 : 1;
  }
  addText(html.slice(last));
  endBlock();
  return { parts, blocks };
}

interface Located {
  index: number;
  text: string;
}

/** Each mark goes in the one markable piece that holds all of it; a mark across a tag is dropped. */
function place<M extends Located>(block: readonly TextPiece[], marks: readonly M[]): Map<TextPiece, { at: number; mark: M }[]> {
  const byPiece = new Map<TextPiece, { at: number; mark: M }[]>();
  let offset = 0;
  let m = 0;
  for (const piece of block) {
    const end = offset + piece.raw.length;
    for (; m < marks.length && marks[m]!.index < end; m++) {
      const mark = marks[m]!;
      if (!piece.markable || mark.index < offset || mark.index + mark.text.length > end) continue;
      byPiece.set(piece, [...(byPiece.get(piece) ?? []), { at: mark.index - offset, mark }]);
    }
    offset = end;
  }
  return byPiece;
}

export function linkGlossaryTerms<T extends GlossaryWord>(
  html: string,
  find: (text: string) => WordMatch<T>[],
  render: (mark: Mark<T>) => string | undefined,
  /** The report's own names, where no glossary word is linked (see senses.ts). */
  names: readonly string[] = [],
): LinkResult<T> {
  const { parts, blocks } = readPage(html);
  const texts = blocks.map((block) => block.map((p) => p.raw).join(''));
  const spelled = texts.map(spelledOut);
  // An acronym spelled out anywhere on the page is known on the whole page.
  const pageExpansions = new Map<string, string>();
  for (const s of spelled.flat()) if (!pageExpansions.has(s.acronym)) pageExpansions.set(s.acronym, s.expansion);

  const used: T[] = [];
  const marked: LinkResult<T>['marked'] = [];
  const rejected: Rejected<T>[] = [];
  const seen = new Set<string>();
  blocks.forEach((block, b) => {
    const text = texts[b]!;
    const context = { text, spelled: spelled[b] as readonly Spelled[], names };
    const marks: (Located & { mark: Mark<T> })[] = [];
    const found = find(text);
    const words = place(block, found);
    for (const { mark: match } of [...words.values()].flat()) {
      const reason = rejection(match, context);
      if (reason) {
        rejected.push({ match, reason, context: text });
        continue;
      }
      const first = !seen.has(match.entry.id);
      if (first) {
        seen.add(match.entry.id);
        used.push(match.entry);
      }
      marks.push({ index: match.index, text: match.text, mark: { kind: 'word', match, first } });
    }
    const taken = (index: number) => found.some((m) => m.index <= index && index < m.index + m.text.length);
    // An acronym is marked only when the page spells it out: on a page that spells none, none is looked for.
    for (const acronym of pageExpansions.size === 0 ? [] : findAcronyms(text)) {
      const expansion = pageExpansions.get(acronym.text);
      if (expansion === undefined || taken(acronym.index)) continue;
      marks.push({ ...acronym, mark: { kind: 'acronym', ...acronym, expansion } });
    }
    marks.sort((x, y) => x.index - y.index);
    for (const [piece, list] of place(block, marks)) {
      let out = '';
      let cursor = 0;
      for (const { at, mark } of list) {
        marked.push({ mark: mark.mark, context: text });
        const rendered = render(mark.mark);
        if (rendered === undefined) continue;
        out += piece.raw.slice(cursor, at) + rendered;
        cursor = at + mark.text.length;
      }
      piece.replaced = out + piece.raw.slice(cursor);
    }
  });
  const page = parts.map((p) => (typeof p === 'string' ? p : (p.replaced ?? p.raw))).join('');
  return { html: page, used, marked, rejected };
}
