/**
 * The one list of remark and rehype plugins. Astro's Markdown processor
 * (astro.config.mjs) and the renderer of Markdown fields (render-markdown.ts)
 * both use it, so a quote in front matter and a paragraph in a body come out alike.
 * (French typography is applied later, to the whole page: src/middleware.ts.)
 */
import type { Plugin } from 'unified';
import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import rehypeSanitizeContent from './rehype-sanitize-content.ts';
import rehypeFalcLayout from './rehype-falc-layout.ts';
import rehypeImageWidths from './rehype-image-widths.ts';

export const remarkPlugins: Plugin<[], MdastRoot>[] = [];
// Sanitising first: the FALC layout then adds its own trusted markup (pictograms), and images
// get their published widths (read by Astro's image pipeline, which runs after these plugins).
export const rehypePlugins: Plugin<[], HastRoot>[] = [rehypeSanitizeContent, rehypeFalcLayout, rehypeImageWidths];
