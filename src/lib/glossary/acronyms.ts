/**
 * Acronyms in running text, and the names they stand for when the text spells
 * them out next to them: « Canal Seine-Nord Europe (CSNE) » or « ADSL (autonome
 * dans son logement) ». A spelled-out name is recognised only when the initials
 * of its words give the acronym's letters (small words like « de », « la » may
 * be skipped), so a mere remark in brackets is never taken for one.
 */

/** An acronym: two or more capitals (digits allowed after the first letter), standing alone. */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}(?:\p{Lu}|\p{N})*\p{Lu}(?:\p{Lu}|\p{N})*(?![\p{L}\p{N}])/gu;

/** Words a spelled-out name may contain without giving a letter to its acronym. */
const SMALL_WORDS = new Set([
  'a', 'à', 'au', 'aux', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'pour', 'par', 'sur', 'son', 'sa', 'ses',
]);

export interface Spelled {
  acronym: string;
  /** The name as written in the text. */
  expansion: string;
  /** Where the name lies in the text (the acronym itself excluded). */
  start: number;
  end: number;
}

export interface Found {
  index: number;
  text: string;
}

export function findAcronyms(text: string): Found[] {
  return [...text.matchAll(ACRONYM)].map((m) => ({ index: m.index, text: m[0] }));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

interface Word {
  start: number;
  end: number;
  /** Its letters, without accents, in lower case. */
  letters: string;
  small: boolean;
}

/** Words split at spaces, hyphens and apostrophes (« d'usages » gives « d » and « usages »). */
function words(text: string, offset: number): Word[] {
  return [...text.matchAll(/[^\s\-'’]+/g)].flatMap((m) => {
    const letters = fold(m[0].replace(/[^\p{L}]/gu, ''));
    if (!letters) return [];
    return [{ start: offset + m.index, end: offset + m.index + m[0].length, letters, small: SMALL_WORDS.has(letters) }];
  });
}

/**
 * How well these words, in order, spell these letters: each word gives its
 * first letter to the acronym (or its first two or three, as « ENtrée » and
 * « AUtonome » in ENVAUL), or is a small word and gives nothing; the first and
 * last words give letters. The result is the cost of the most natural reading:
 * one for each small word that gives a letter (« dans », « son » in ADSL) and
 * for each letter beyond a word's first; Infinity when the words do not spell
 * the letters.
 */
function spelling(list: readonly Word[], letters: string): number {
  const walk = (w: number, l: number): number => {
    if (w === list.length) return l === letters.length ? 0 : Infinity;
    const word = list[w]!;
    let best = word.small && w > 0 && w < list.length - 1 ? walk(w + 1, l) : Infinity;
    for (let k = 1; k <= 3 && k <= word.letters.length && letters.startsWith(word.letters.slice(0, k), l); k++) {
      best = Math.min(best, walk(w + 1, l + k) + (word.small ? 1 : 0) + (k - 1));
    }
    return best;
  };
  return list.length > 0 && !list[0]!.small ? walk(0, 0) : Infinity;
}

/** The names spelled out next to an acronym in brackets, before or after it. */
export function spelledOut(text: string): Spelled[] {
  // Both forms put a bracket next to the acronym: most blocks of text have none, and need no search for acronyms.
  if (!text.includes('(')) return [];
  const result: Spelled[] = [];
  for (const { index, text: acronym } of findAcronyms(text)) {
    const letters = fold(acronym.replace(/\P{L}/gu, ''));
    // « Name (ACRONYM) »: the last words before the bracket that spell it best, the shortest on a tie.
    if (text[index - 1] === '(') {
      // Never across the end of a sentence or a quotation.
      const from = Math.max(...['.', '!', '?', ';', ':', '«', '»'].map((c) => text.lastIndexOf(c, index - 2))) + 1;
      const before = words(text.slice(from, index - 1), from);
      let best: { list: Word[]; cost: number } | undefined;
      for (let first = before.length - 1; first >= 0 && before.length - first <= letters.length * 2; first--) {
        const list = before.slice(first);
        const cost = spelling(list, letters);
        if (cost < (best?.cost ?? Infinity)) best = { list, cost };
      }
      if (best) {
        const { start } = best.list[0]!;
        const { end } = best.list.at(-1)!;
        result.push({ acronym, expansion: text.slice(start, end), start, end });
      }
    }
    // « ACRONYM (name) »: the whole bracket.
    const after = /^\s*\(([^()]+)\)/.exec(text.slice(index + acronym.length));
    if (after) {
      const start = index + acronym.length + after[0].indexOf('(') + 1;
      const list = words(after[1]!, start);
      if (spelling(list, letters) < Infinity) result.push({ acronym, expansion: after[1]!.trim(), start, end: start + after[1]!.length });
    }
  }
  return result;
}
