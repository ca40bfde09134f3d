import { lettersOf } from './normalise.ts';
import { syllables } from './syllables.ts';
import type { FalcModel, FalcStats } from './types.ts';

/**
 * Readability figures of a page. They describe, they never gate: a score is
 * not comprehension: only readers can validate a FALC text.
 * - words per sentence;
 * - LIX (Björnsson 1968): words/sentences + 100 × long words/words, a long
 *   word has more than 6 letters (< 30 very easy, 30–40 easy, > 60 very hard);
 * - Kandel–Moles (1958, Flesch for French):
 *   207 − 1.015 × words/sentences − 73.6 × syllables/word (higher is easier).
 * Headings count as sentences; numbers as one word of one syllable.
 */
export function computeStats(model: FalcModel): FalcStats {
  let words = 0;
  let longWords = 0;
  let syllableCount = 0;
  let sentences = 0;
  for (const sentence of model.sentences) {
    if (sentence.wordCount === 0) continue;
    sentences++;
    words += sentence.wordCount;
    for (const word of sentence.words) {
      if (word.isNumber) {
        syllableCount += 1;
        continue;
      }
      const letters = lettersOf(word.value);
      if (letters.length > 6) longWords++;
      syllableCount += syllables(word.value);
    }
  }
  const paragraphs = model.blocks.filter((block) => block.type === 'paragraph').length;
  const wordsPerSentence = sentences === 0 ? 0 : words / sentences;
  const syllablesPerWord = words === 0 ? 0 : syllableCount / words;
  return {
    words,
    sentences,
    paragraphs,
    longWords,
    syllables: syllableCount,
    wordsPerSentence: round(wordsPerSentence),
    lix: round(words === 0 ? 0 : wordsPerSentence + (100 * longWords) / words),
    kandelMoles: round(words === 0 ? 0 : 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
