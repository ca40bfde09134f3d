/**
 * Renders the Markdown held in front matter fields (actions, quotes, figure
 * labels, perspectives) with the site's own plugin list. Raw HTML is dropped:
 * these fields are text, never markup.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkPlugins, rehypePlugins } from './plugins.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype)
  .use(rehypePlugins)
  .use(rehypeStringify)
  .freeze();

/**
 * Block Markdown (paragraphs, lists) → HTML. `path`: the file the Markdown comes
 * from, when it matters to the plugins (a body under content/falc/ gets the FALC layout).
 */
export function renderMarkdown(markdown: string, path?: string): string {
  return String(processor.processSync(path === undefined ? markdown : { value: markdown, path })).trim();
}

/** Inline Markdown (bold, italics) → HTML without the wrapping paragraph. */
export function renderInlineMarkdown(markdown: string): string {
  const html = renderMarkdown(markdown.replace(/\n+/g, ' '));
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}
