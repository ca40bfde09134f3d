/**
 * A page's visible text must not drop sharply without a message: a comment
 * « <!-- » closed much further down than meant, or raw HTML that swallows the
 * Markdown after it, makes text vanish from the page while every other check
 * passes. Measured on the trees the build produces (markdown-tree.ts): the
 * letters and digits the editor wrote (the source, less link and image
 * addresses, which are not text) against those the page shows (its text, and
 * the images' alternative text). The place given is the top-level block that
 * loses the most: where the text starts disappearing.
 *
 * A comment on one line (`<!-- falc-ignore … -->`) is a note for the editors
 * and is not counted: it hides no text of the page.
 *
 * Thresholds, measured on the report (content/, 502 texts: 104 page bodies and
 * every ambition's Markdown fields), every text shows 100 % of what it writes.
 * A loss is reported from 50 letters (a short sentence) when the page shows less
 * than 90 % of its text: a sharp drop, not a tag name or a note.
 */
import type { Nodes as Mdast, RootContent } from 'mdast';
import type { Nodes as Hast } from 'hast';

/** Letters and digits lost below which nothing is said: HTML tag names, a short comment written over two lines. */
export const MIN_LOST = 50;
/** Share of the written text a page must show. */
export const MIN_SHARE = 0.9;

const NOT_LETTERS = /[^\p{L}\p{N}]/gu;
/**
 * Letters and digits in a text, each counted once (a letter outside the Basic Multilingual Plane is two UTF-16 units).
 * Counted on the text left without the others, not by listing every letter: a page's text is read once per build.
 */
function letters(text: string | null | undefined): number {
  if (!text) return 0;
  const kept = text.replace(NOT_LETTERS, '');
  let count = kept.length;
  for (let i = 0; i < kept.length; i++) if (kept.charCodeAt(i) >= 0xdc00 && kept.charCodeAt(i) <= 0xdfff) count--;
  return count;
}

export interface TextLoss {
  /** Letters and digits written, and shown. */
  written: number;
  shown: number;
  /** The block that loses the most: its source position, and whether it opens a comment. */
  block: RootContent;
  /** Line where that block's comment is closed, when it is one. */
  closedAt?: number | undefined;
}

interface Range {
  start: number;
  end: number;
}

/** A node's source range; some nodes parse5 makes (an element it closes by itself) have a start only. */
function rangeOf(node: { position?: { start?: { offset?: number | undefined }; end?: { offset?: number | undefined } } | undefined }): Range | undefined {
  const start = node.position?.start?.offset;
  const end = node.position?.end?.offset ?? start;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function walk(node: Mdast | Hast, visit: (node: Mdast | Hast) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Mdast | Hast, visit);
}

/** Letters written in each source range: the text, less link and image addresses and reference definitions. */
function writtenIn(markdown: string, mdast: Mdast, range: Range): number {
  let count = letters(markdown.slice(range.start, range.end));
  walk(mdast, (node) => {
    const at = rangeOf(node as Mdast);
    if (!at || at.start < range.start || at.start >= range.end) return;
    if (node.type === 'link' || node.type === 'image') count -= letters(node.url) + letters(node.title);
    else if (node.type === 'definition') count -= letters(markdown.slice(at.start, at.end));
  });
  return Math.max(count, 0);
}

/**
 * Letters the page shows from each source range (sorted, apart): text nodes, and images' alternative text. The tree is
 * walked once for all the ranges, each node counted in the range its source starts in.
 */
function shownIn(hast: Hast, ranges: readonly Range[]): number[] {
  const counts = ranges.map(() => 0);
  const rangeAt = (offset: number) => {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = ranges[middle]!;
      if (offset < range.start) high = middle - 1;
      else if (offset >= range.end) low = middle + 1;
      else return middle;
    }
    return -1;
  };
  walk(hast, (node) => {
    const at = rangeOf(node as Hast);
    const i = at ? rangeAt(at.start) : -1;
    if (i < 0) return;
    if (node.type === 'text') counts[i]! += letters(node.value);
    // An image's alternative text is given to the reader too. Other attributes are not text: a quote left
    // open in raw HTML turns the text after it into an attribute's value.
    else if (node.type === 'element' && node.tagName === 'img') counts[i]! += letters(String(node.properties.alt ?? ''));
  });
  return counts;
}

/** A note left for the editors (`<!-- falc-ignore … -->`): written as a comment, it hides nothing of the page. */
function isOneLineComment(block: RootContent): boolean {
  return block.type === 'html' && !block.value.includes('\n') && block.value.startsWith('<!--') && block.value.endsWith('-->');
}

export interface TextMeasure {
  written: number;
  shown: number;
  /** The top-level block that loses the most letters, and how many. */
  worst?: { block: RootContent; lost: number } | undefined;
}

/** Letters written and shown in a Markdown text (a page's body, or a field of its front matter). */
export function measureText(markdown: string, mdast: Mdast & { children: RootContent[] }, hast: Hast): TextMeasure {
  let written = 0;
  let shown = 0;
  let worst: { block: RootContent; lost: number } | undefined;
  const blocks = mdast.children.flatMap((block) => {
    const range = rangeOf(block);
    return range && !isOneLineComment(block) ? [{ block, range }] : [];
  });
  const shownByBlock = shownIn(hast, blocks.map(({ range }) => range));
  blocks.forEach(({ block, range }, i) => {
    const blockWritten = writtenIn(markdown, block, range);
    const blockShown = shownByBlock[i]!;
    written += blockWritten;
    shown += blockShown;
    if (!worst || blockWritten - blockShown > worst.lost) worst = { block, lost: blockWritten - blockShown };
  });
  return { written, shown, worst };
}

export function textLoss(markdown: string, mdast: Mdast & { children: RootContent[] }, hast: Hast): TextLoss | undefined {
  const { written, shown, worst } = measureText(markdown, mdast, hast);
  if (!worst || written - shown < MIN_LOST || shown >= written * MIN_SHARE) return undefined;
  const { block } = worst;
  const closedAt = block.type === 'html' && block.value.trimStart().startsWith('<!--') && block.value.includes('-->')
    ? (block.position?.start.line ?? 0) + block.value.slice(0, block.value.indexOf('-->')).split('\n').length - 1
    : undefined;
  return { written, shown, block, closedAt };
}
