const VOWEL_GROUP = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g;

/**
 * Written syllables of a French word, by vowel groups. No French syllable
 * dictionary can be installed here (Lexique is not on npm),
 * so this is the fallback the guide describes: count vowel groups, drop a
 * final mute `e`/`es` (and the `ent` of a verb is not guessed), count at
 * least 1. Good enough for a page average; never used to judge one word.
 */
export function syllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (lower === '') return 1;
  let count = (lower.match(VOWEL_GROUP) ?? []).length;
  // Final mute e: « porte », « portes » (not « été », not « le »).
  if (count > 1 && /[^aeiouyàâäéèêëîïôöùûüÿœæ]es?$/.test(lower)) count--;
  return Math.max(1, count);
}
