/**
 * Measures in the page how text falls into lines, from the line boxes Chromium
 * draws (Range.getClientRects): words cut across two lines, and sentences that
 * need more than one line. Each function runs in the page (page.evaluate), so it
 * carries its helpers inside.
 */

export interface CutWord {
  word: string;
  /** Cut only right after its hyphens (« Pas-de-|Calais »), each part whole; otherwise inside a part (« Départeme|nt »). */
  atHyphen: boolean;
  /** The block it is in, to find it in the page. */
  where: string;
}

/**
 * Every word of the page's visible text that starts on one line and ends on
 * another. A word is what lies between white spaces, across inline elements
 * (« l'<a>école</a> » is one word). Web and e-mail addresses are not words:
 * they may break anywhere (falc.css), so they are skipped.
 */
export function cutWords(): CutWord[] {
  const SKIPPED = 'svg, script, style, .visually-hidden, [hidden], a[href^="http"], a[href^="mailto:"]';
  /** Number of lines a set of rectangles covers (rectangles of one line overlap vertically). */
  const lineCount = (rects: DOMRect[]): number => {
    const sorted = rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const r of sorted) {
      if (r.top + r.height / 2 > bottom) {
        lines++;
        bottom = r.bottom;
      } else bottom = Math.max(bottom, r.bottom);
    }
    return lines;
  };
  const describe = (el: Element | null) =>
    el ? `<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/)[0]}` : ''}> « ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)} »` : '?';

  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIPPED) || !parent.checkVisibility({ visibilityProperty: true })) continue;
    texts.push(node as Text);
  }
  // The box whose lines hold a text: its nearest ancestor that is not an inline element.
  const lineBox = (node: Text): Element | null => {
    let el = node.parentElement;
    while (el && getComputedStyle(el).display === 'inline') el = el.parentElement;
    return el;
  };
  const cut: CutWord[] = [];
  // The word being read: its characters, each with its text node and offset.
  let chars: { node: Text; offset: number; char: string }[] = [];
  const linesOf = (from: number, to: number): number => {
    const range = document.createRange();
    range.setStart(chars[from]!.node, chars[from]!.offset);
    range.setEnd(chars[to - 1]!.node, chars[to - 1]!.offset + 1);
    return lineCount([...range.getClientRects()]);
  };
  const flush = () => {
    const word = chars.map((c) => c.char).join('');
    if (chars.length > 1 && linesOf(0, chars.length) > 1) {
      // The parts of a compound: each ends with its hyphen.
      const parts: [number, number][] = [];
      let from = 0;
      chars.forEach((c, i) => {
        if (c.char === '-' || i === chars.length - 1) {
          parts.push([from, i + 1]);
          from = i + 1;
        }
      });
      const atHyphen = parts.length > 1 && parts.every(([a, b]) => linesOf(a, b) === 1);
      cut.push({ word, atHyphen, where: describe(lineBox(chars[0]!.node)) });
    }
    chars = [];
  };
  let previous: Text | undefined;
  for (const node of texts) {
    // A word never runs from one box to the next, nor across a line break, an image or hidden text.
    if (previous) {
      const between = document.createRange();
      between.setStartAfter(previous);
      between.setEndBefore(node);
      const gap = between.cloneContents();
      if (lineBox(previous) !== lineBox(node) || gap.querySelector('br, img, svg') || (gap.textContent ?? '').trim() !== '') flush();
    }
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i]!) && data[i] !== '\u00a0' && data[i] !== '\u202f') {
        flush();
        continue;
      }
      chars.push({ node, offset: i, char: data[i]! });
    }
    previous = node;
  }
  flush();
  return cut;
}

export interface SentenceLines {
  /** Sentences of the reading text (one per line of the FALC source: each <br> and each block ends one). */
  sentences: number;
  /** Those drawn on a single line. */
  oneLine: number;
  /** The sentences that wrap, for the failure message. */
  wrapped: string[];
}

/** The sentences of <main>'s paragraphs and list items, and how many fit on one line. */
export function sentenceLines(): SentenceLines {
  const BLOCKS = 'p, li, dd';
  const SKIPPED = 'nav, [data-lecture], [hidden], .review, .visually-hidden';
  const lineCount = (rects: DOMRect[]): number => {
    const sorted = rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const r of sorted) {
      if (r.top + r.height / 2 > bottom) {
        lines++;
        bottom = r.bottom;
      } else bottom = Math.max(bottom, r.bottom);
    }
    return lines;
  };
  const result: SentenceLines = { sentences: 0, oneLine: 0, wrapped: [] };
  const main = document.querySelector('main');
  if (!main) return result;
  const blocks = [...main.querySelectorAll(BLOCKS)].filter((el) => !el.closest(SKIPPED) && !el.querySelector(BLOCKS));
  for (const block of blocks) {
    let nodes: Text[] = [];
    const flush = () => {
      const text = nodes.map((n) => n.data).join('').replace(/\s+/g, ' ').trim();
      if (text) {
        const range = document.createRange();
        range.setStart(nodes[0]!, 0);
        range.setEnd(nodes.at(-1)!, nodes.at(-1)!.length);
        result.sentences++;
        if (lineCount([...range.getClientRects()]) === 1) result.oneLine++;
        else result.wrapped.push(text);
      }
      nodes = [];
    };
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.tagName === 'BR') flush();
        continue;
      }
      if (!node.parentElement?.closest(SKIPPED)) nodes.push(node as Text);
    }
    flush();
  }
  return result;
}
