import type { SourceLine } from './source-lines.ts';

/** A non-empty source line: in this extraction every paragraph or list item is one line. */
export interface Block {
  line: number;
  text: string;
}

export function toBlocks(lines: readonly SourceLine[]): Block[] {
  return lines.filter((l) => l.text !== '').map((l) => ({ line: l.number, text: l.text }));
}

const ENDS_SENTENCE = /[.!?»…:)]$/;
const CONTINUES_SENTENCE = /^[a-zàâçéèêëîïôûùüÿœ«]/;

/**
 * Re-joins sentences that the PDF extraction broke with a blank line
 * (e.g. "des actions de" / "sensibilisation sont conduites…").
 */
export function joinBrokenSentences(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous && !ENDS_SENTENCE.test(previous.text) && CONTINUES_SENTENCE.test(block.text)) {
      previous.text = `${previous.text} ${block.text}`;
      continue;
    }
    out.push({ ...block });
  }
  return out;
}
