/**
 * The one list of remark and rehype plugins. Astro's Markdown processor
 * (astro.config.mjs) and the renderer of Markdown fields (render-markdown.ts)
 * both use it, so a quote in front matter and a paragraph in a body come out alike.
 */
import type { PluggableList } from 'unified';
import rehypeFrenchTypography from './rehype-french-typography.ts';

export const remarkPlugins: PluggableList = [];
export const rehypePlugins: PluggableList = [rehypeFrenchTypography];
