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
import rehypeFalcLayout, { type FalcLayoutOptions } from './rehype-falc-layout.ts';
import rehypeImageWidths from './rehype-image-widths.ts';
import { pictogramSources } from '../lib/pictograms/image.ts';

type RehypeEntry = Plugin<[], HastRoot> | [Plugin<[FalcLayoutOptions?], HastRoot>, FalcLayoutOptions];

export const remarkPlugins: Plugin<[], MdastRoot>[] = [];
// Sanitising first: the FALC layout then adds its own trusted markup (pictograms), and images
// get their published widths (read by Astro's image pipeline, which runs after these plugins).
// The pictograms' files are given as an option, not read inside the plugin: Astro keeps rendered
// Markdown in a cache invalidated when its configuration (plugin options included) changes, so a new
// symbol for a meaning in content/pictogrammes.yaml re-renders the pages that show it.
export const rehypePlugins: RehypeEntry[] = [
  rehypeSanitizeContent,
  [rehypeFalcLayout, { pictograms: pictogramSources() }],
  rehypeImageWidths,
];
