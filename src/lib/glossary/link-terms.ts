/**
 * Links the first use of each glossary word inside <main> of a finished page.
 * Works on the HTML string (the page is already well-formed Astro output) so it
 * costs one pass per page; it never touches attributes, links, headings, code,
 * or navigation, where a link would be wrong or unreadable.
 */
import type { GlossaryWord, WordMatch } from './matcher.ts';

const SKIPPED = new Set(['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'code', 'pre', 'nav', 'title', 'button', 'dt', 'label', 'figcaption', 'summary']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;

export interface LinkResult<T extends GlossaryWord> {
  html: string;
  /** Entries linked on the page, in order of first use. */
  used: T[];
}

export function linkGlossaryTerms<T extends GlossaryWord>(
  html: string,
  find: (text: string) => WordMatch<T>[],
  render: (match: WordMatch<T>) => string,
): LinkResult<T> {
  const used: T[] = [];
  const seen = new Set<string>();
  let inMain = false;
  let skipped = 0;
  let out = '';
  let last = 0;

  const processText = (text: string): string => {
    if (!inMain || skipped > 0 || !text.trim()) return text;
    let result = '';
    let cursor = 0;
    for (const match of find(text)) {
      if (seen.has(match.entry.id)) continue;
      seen.add(match.entry.id);
      used.push(match.entry);
      result += text.slice(cursor, match.index) + render(match);
      cursor = match.index + match.text.length;
    }
    return result + text.slice(cursor);
  };

  for (const tag of html.matchAll(TAG)) {
    out += processText(html.slice(last, tag.index)) + tag[0];
    last = tag.index + tag[0].length;
    const [, closing, rawName, selfClosing] = tag;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (name === 'main') inMain = !closing;
    if (!SKIPPED.has(name) || VOID.has(name) || selfClosing) continue;
    skipped += closing ? -1 : 1;
  }
  out += processText(html.slice(last));
  return { html: out, used };
}
