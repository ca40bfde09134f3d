import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/**
 * The parts of GFM that change what the rules see: footnotes (a rule bans
 * them) and tables (their cells are not prose). Not the whole of remark-gfm:
 * its autolink-literal extension doubles the parse time, and `falcPrepare`
 * finds bare URLs itself.
 */
export function falcSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown());
}

/**
 * Can this text hold a footnote or a table? A footnote needs `[^`; a table, a
 * `|` or, for a one-column table, a delimiter row with an alignment colon
 * (`a` then `---:` is a table for micromark). Prose rarely has any of them:
 * without them the GFM extensions change nothing in the tree, and the table one
 * costs a third of the parse (it is tried at the start of every line).
 */
export function mayHoldGfmSyntax(text: string): boolean {
  return text.includes('|') || text.includes('[^') || text.includes('-:') || text.includes(':-');
}
