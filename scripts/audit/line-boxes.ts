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
  /**
   * The whole word is no wider than the lines of its block: it could have been drawn on one line. A word cut although
   * it fits had no place to break before it (« Défi 1</li><li>Ambition »: no space between them); a word wider than
   * the column can only be cut or stick out.
   */
  fits: boolean;
  /** The block it is in, to find it in the page. */
  where: string;
}

/**
 * Every word of the page's visible text that starts on one line and ends on
 * another. A word is what lies between white spaces, across inline elements
 * (« l'<a>école</a> » is one word). Web and e-mail addresses are not words:
 * they may break anywhere (falc.css), so they are skipped; so is text clipped
 * to a 1 px box (visually hidden, read by screen readers only), whose letters
 * are drawn one under the other.
 */
export function cutWords(): CutWord[] {
  const SKIPPED = 'svg, script, style, .visually-hidden, [hidden], a[href^="http"], a[href^="mailto:"]';
  /** The lines a set of rectangles covers (rectangles of one line overlap vertically), each with its left and right. */
  const linesCovered = (rects: DOMRect[]): { left: number; right: number }[] => {
    const sorted = rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
    const lines: { left: number; right: number }[] = [];
    let bottom = -Infinity;
    for (const r of sorted) {
      const line = lines.at(-1);
      if (!line || r.top + r.height / 2 > bottom) {
        lines.push({ left: r.left, right: r.right });
        bottom = r.bottom;
      } else {
        bottom = Math.max(bottom, r.bottom);
        line.left = Math.min(line.left, r.left);
        line.right = Math.max(line.right, r.right);
      }
    }
    return lines;
  };
  const lineCount = (rects: DOMRect[]): number => linesCovered(rects).length;
  const describe = (el: Element | null) =>
    el ? `<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/)[0]}` : ''}> « ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)} »` : '?';

  const clippedAway = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      if ((r.width <= 1 || r.height <= 1) && getComputedStyle(e).overflow !== 'visible') return true;
    }
    return false;
  };

  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIPPED) || !parent.checkVisibility({ visibilityProperty: true }) || clippedAway(parent)) continue;
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
  const rectsOf = (from: number, to: number): DOMRect[] => {
    const range = document.createRange();
    range.setStart(chars[from]!.node, chars[from]!.offset);
    range.setEnd(chars[to - 1]!.node, chars[to - 1]!.offset + 1);
    return [...range.getClientRects()];
  };
  const linesOf = (from: number, to: number): number => lineCount(rectsOf(from, to));
  /** The width a line of the block can hold: its content box. */
  const lineWidth = (block: Element | null): number => {
    if (!block) return Infinity;
    const s = getComputedStyle(block);
    return block.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
  };
  const flush = () => {
    const word = chars.map((c) => c.char).join('');
    const lines = chars.length > 1 ? linesCovered(rectsOf(0, chars.length)) : [];
    if (lines.length > 1) {
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
      const block = lineBox(chars[0]!.node);
      const width = lines.reduce((sum, line) => sum + line.right - line.left, 0);
      cut.push({ word, atHyphen, fits: width <= lineWidth(block), where: describe(block) });
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
