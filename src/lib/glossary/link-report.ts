/**
 * The list of glossary links of a built site, for a person to review: every
 * linked word with the sentence it is read in, and every glossary word left
 * unlinked because it has another sense there, with the rule that decided.
 * A wrong sense then shows in this list instead of passing unseen. Written by
 * `npm run build` to `reports/glossaire-liens.md`, from what the glossary step
 * decided on each page (`pageUses`); `linkedUses` reads the links of a page as
 * published, for the tests to hold the two together.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parseEntities } from 'parse-entities';
import { frenchTypography } from '../../markdown/french-typography.ts';
import type { LinkResult } from './link-terms.ts';
import type { GlossaryWord } from './matcher.ts';
import { REJECTION_LABELS, type Rejection } from './senses.ts';

export interface BuiltPage {
  url: string;
  html: string;
  tree: Root;
}

export interface LinkedUse {
  url: string;
  word: string;
  href: string;
  sentence: string;
}

export interface RejectedUse {
  url: string;
  word: string;
  entry: string;
  reason: Rejection;
  sentence: string;
}

/** Elements that stay inside a sentence; any other one starts a new block of text. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Text of HTML as read: a line break in it is a space (only a <br> ends a line), not the end of a sentence, as it is
 * for Intl.Segmenter.
 */
const lineBreaksAsSpaces = (s: string) => s.replace(/[\r\n]/g, ' ');

/** The sentence of `text` around `index`, with the word at `index` in bold. */
export function sentenceAround(text: string, index: number, length: number): string {
  for (const { segment, index: start } of segmenter.segment(text)) {
    if (index < start || index >= start + segment.length) continue;
    const at = index - start;
    return tidy(`${segment.slice(0, at)}**${segment.slice(at, at + length)}**${segment.slice(at + length)}`);
  }
  return tidy(text);
}

function isGlossaryLink(node: Element): boolean {
  const classes = node.properties.className;
  return node.tagName === 'a' && Array.isArray(classes) && classes.includes('glossary-link');
}

/** Glossary links inside <main>, each with the sentence of its block (paragraph, list item, line). */
export function linkedUses(page: Pick<BuiltPage, 'url' | 'tree'>): LinkedUse[] {
  const main = select('main', page.tree);
  if (!main) return [];
  const uses: LinkedUse[] = [];
  // One block: its text, and where each link starts in it.
  const readBlock = (block: Element) => {
    let text = '';
    const links: { node: Element; at: number }[] = [];
    const walk = (nodes: readonly ElementContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') text += lineBreaksAsSpaces(node.value);
        if (node.type !== 'element') continue;
        if (node.tagName === 'br') text += '\n';
        else if (!PHRASING.has(node.tagName)) {
          readBlock(node);
          continue;
        }
        if (isGlossaryLink(node)) links.push({ node, at: text.length });
        walk(node.children);
      }
    };
    walk(block.children);
    for (const { node, at } of links) {
      const word = toString(node);
      uses.push({ url: page.url, word, href: String(node.properties.href), sentence: sentenceAround(text, at, word.length) });
    }
  };
  readBlock(main);
  return uses;
}

/** What the glossary step decided on one page (apply.ts), for the list: its links and the words it left unlinked. */
export interface PageGlossaryUses {
  linked: Omit<LinkedUse, 'url'>[];
  rejected: Omit<RejectedUse, 'url'>[];
}

/**
 * A block of raw HTML text as a reader sees it: character references decoded, French typography applied (the glossary
 * step runs before it), and where a position of the raw text falls in it. The typography adds or changes spaces only,
 * so a character has as many non-space characters before it once typeset.
 */
function readableBlock(raw: string): { text: string; at: (rawIndex: number) => number } {
  const text = frenchTypography(lineBreaksAsSpaces(parseEntities(raw)));
  return {
    text,
    at(rawIndex) {
      const before = parseEntities(raw.slice(0, rawIndex)).replace(/\s/g, '').length;
      let at = 0;
      for (let seen = 0; at < text.length && (seen < before || /\s/.test(text[at]!)); at++) if (!/\s/.test(text[at]!)) seen++;
      return at;
    },
  };
}

/**
 * The uses of a page as the glossary step marked them: a link at each word's first use (`hrefOf` its target), and each
 * word left unlinked with the rule that decided. Read from the step's own result, not from the page afterwards: the list
 * says what the build decided, on the text it read.
 */
export function pageUses<T extends GlossaryWord>(
  { marked, rejected }: Pick<LinkResult<T>, 'marked' | 'rejected'>,
  hrefOf: (entry: T) => string,
): PageGlossaryUses {
  // Several uses share a block: decode and typeset each block once.
  const blocks = new Map<string, ReturnType<typeof readableBlock>>();
  const wordInSentence = (context: string, index: number, raw: string) => {
    let block = blocks.get(context);
    if (!block) blocks.set(context, (block = readableBlock(context)));
    const word = parseEntities(raw);
    return { word, sentence: sentenceAround(block.text, block.at(index), word.length) };
  };
  return {
    linked: marked.flatMap(({ mark, context }) =>
      mark.kind === 'word' && mark.first ? [{ href: hrefOf(mark.match.entry), ...wordInSentence(context, mark.match.index, mark.match.text) }] : [],
    ),
    rejected: rejected.map(({ match, reason, context }) => ({ entry: match.entry.id, reason, ...wordInSentence(context, match.index, match.text) })),
  };
}

const line = (s: string) => s.replace(/\n/g, ' ');

/** `unread`: pages the list could not read, said at its top. */
export function formatLinkReport(linked: readonly LinkedUse[], rejected: readonly RejectedUse[], unread: readonly string[] = []): string {
  const pages = [...new Set([...linked, ...rejected].map((u) => u.url))].sort();
  const out = [
    '# Liens du glossaire',
    '',
    'Écrit par `npm run build` : chaque mot relié au glossaire, avec sa phrase, et chaque mot du glossaire laissé sans lien',
    'parce qu’il a là un autre sens. Relisez-le après un changement du texte ou du glossaire : un mot relié à la mauvaise',
    'définition s’écarte avec le champ « exclure » de son fichier `content/glossaire/<mot>.md`.',
    '',
    `${linked.length} liens, ${rejected.length} mots écartés, sur ${pages.length} pages.`,
    ...(unread.length === 0 ? [] : ['', `**Pages absentes de cette liste** (construction à refaire, voir le message de \`npm run build\`) : ${unread.join(', ')}.`]),
  ];
  // Grouped once, in order: filtering the whole list for each page grew with pages × links (8 000 × 44 000 at 4 000 ambitions).
  const linkedOf = Map.groupBy(linked, (u) => u.url);
  const rejectedOf = Map.groupBy(rejected, (u) => u.url);
  for (const url of pages) {
    out.push('', `## ${url}`, '');
    for (const u of linkedOf.get(url) ?? []) out.push(`- ${u.word} → ${u.href} : ${line(u.sentence)}`);
    for (const u of rejectedOf.get(url) ?? []) out.push(`- ~~${u.word}~~ (${u.entry}, ${REJECTION_LABELS[u.reason]}) : ${line(u.sentence)}`);
  }
  return out.join('\n') + '\n';
}
