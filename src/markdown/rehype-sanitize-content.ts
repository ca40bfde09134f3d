/**
 * Defence in depth behind the content check: whatever raw HTML reaches the
 * Markdown pipeline is parsed, then cleaned to the same allowlist (no script,
 * no iframe, no event handler, no javascript: URL). The content check already
 * stops the build on these with a message; this guarantees that nothing of the
 * kind is ever published, even from `npm run dev` or a future code path.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import rehypeRaw from 'rehype-raw';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { ALLOWED_TAGS } from '../lib/checks/raw-html.ts';

const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...ALLOWED_TAGS, 'section'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'lang', 'title'],
    abbr: ['title'],
  },
};

export default function rehypeSanitizeContent() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile) => {
    const parsed = (parseRaw(tree, file) as Root | undefined) ?? tree;
    return sanitize(parsed, schema) as Root;
  };
}
