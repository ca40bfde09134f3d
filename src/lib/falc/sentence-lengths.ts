import type { FalcModel, Sentence } from './types.ts';

/**
 * The sentences a reader reads as sentences: those of paragraphs outside
 * lists. Headings and list items are short by nature (« les personnes âgées, »):
 * counting them would hide long running text behind them.
 */
export function proseSentences(model: FalcModel): Sentence[] {
  return model.sentences.filter(
    (sentence) => sentence.block.type === 'paragraph' && !sentence.block.inList && sentence.wordCount > 0,
  );
}

/** How long the sentences of a page are: count, median, share of short ones. */
export interface LengthProfile {
  sentences: number;
  /** Median number of words. */
  median: number;
  /** Share (0–1) of sentences of `short` words or fewer. */
  shortShare: number;
}

export function lengthProfile(sentences: readonly Sentence[], short: number): LengthProfile {
  const counts = sentences.map((sentence) => sentence.wordCount).sort((a, b) => a - b);
  const middle = counts.length >> 1;
  const median = counts.length === 0 ? 0 : counts.length % 2 ? counts[middle]! : (counts[middle - 1]! + counts[middle]!) / 2;
  const shortShare = counts.length === 0 ? 0 : counts.filter((count) => count <= short).length / counts.length;
  return { sentences: counts.length, median, shortShare };
}
