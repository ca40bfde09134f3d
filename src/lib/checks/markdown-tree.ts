/**
 * Markdown parsed the way the build parses it, so that the content check looks
 * at exactly what is published: remark-parse with GFM for page bodies (Astro's
 * default; front-matter fields are rendered without it, src/markdown/render-markdown.ts),
 * then remark-rehype, which resolves reference-style links and images
 * (`[x][r]` + `[r]: …`), and rehype-raw, which parses raw HTML with parse5 as
 * the site's sanitiser does (entities decoded, quoted `>` kept in attributes).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import type { Root as Mdast } from 'mdast';
import type { Root as Hast } from 'hast';

const bodyParser = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();
const fieldParser = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();

export interface MarkdownTrees {
  /** The Markdown syntax tree (headings, code blocks, raw HTML as written). */
  mdast: Mdast;
  /** The HTML tree before sanitising: what the page would contain. */
  hast: Hast;
}

export function parseMarkdown(markdown: string, kind: 'body' | 'field'): MarkdownTrees {
  const parser = kind === 'body' && mayHoldGfm(markdown) ? bodyParser : fieldParser;
  const mdast = parser.parse(markdown);
  // remark-rehype builds a new tree and leaves the Markdown tree as parsed (tests/unit/markdown-tree.test.ts holds
  // it to that), so the rules read both, and no copy of every page's tree is made for nothing.
  const hast = parser.runSync(mdast) as Hast;
  return { mdast, hast };
}

/**
 * Can GFM change how this text parses? Each GFM construct needs a character or
 * word that most of the report's pages do not have: a table `|` (or, with one
 * column, an alignment colon `-:` `:-`), a footnote `[^`, a strikethrough `~`,
 * a task `[ ]` `[x]`, a bare address `www` `http` `@`. Without any, the tree
 * is CommonMark's, and parsing without GFM (its bare-address extension is tried
 * at every word) takes half the time.
 */
export function mayHoldGfm(markdown: string): boolean {
  const text = markdown.toLowerCase();
  return GFM_MARKS.some((mark) => text.includes(mark));
}

const GFM_MARKS = ['|', '-:', ':-', '[^', '~', '[ ]', '[x]', 'www', 'http', '@'];
