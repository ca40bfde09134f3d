import { COMMON_WORDS, KNOWN_ACRONYMS } from './data/mots-courants.ts';
import type { Sentence, Token } from './types.ts';

export type CapsKind = 'acronym' | 'shouted';

/** An elided article or preposition before an acronym: `l’EHPAD`, `d’ASE`. */
const ELIDED = /^(?:[ldLD]|qu|Qu|QU|jusqu)['’]/;

const ACCENTED_CAPITAL = /[ÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆÇ]/;

/** Letters of a word written in capitals (2 letters or more), or `undefined`. */
export function capitalLetters(word: string): string | undefined {
  const letters = word.replace(ELIDED, '').replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return undefined;
  // Roman numerals made of I, V, X (`II`, `XIV`) are `falc:chiffre-romain`'s.
  if (/^[IVX]+$/.test(letters)) return undefined;
  return letters;
}

/** The acronym without a plural mark or glued digits: `EHPADs`, `MDPH62` → `EHPAD`, `MDPH`. */
export function acronymKey(word: string): string {
  return word.replace(ELIDED, '').replace(/[.\s]/g, '').replace(/[-\d]+$/, '').replace(/s$/, '');
}

/**
 * Tell acronyms from shouted words among the words of a sentence written in
 * capitals (2 letters or more). In order:
 * 1. in the glossary or in the known acronyms (`CAF`, `SNCF`…): an acronym;
 * 2. with an accented capital (`TRÈS`, `ÉTAPE`) or a frequent French word
 *    (`IMPORTANT`, `DE`, `ATTENTION`, see `data/mots-courants.ts`): shouted;
 * 3. next to a shouted word (`BILAN DE MANDAT`): shouted too;
 * 4. anything else (`MDPH`, `EHPAD`, `FARDA`): an acronym.
 */
export function classifyCapitals(sentence: Sentence, glossary: ReadonlySet<string>): Map<Token, CapsKind> {
  const kinds = new Map<Token, CapsKind>();
  const run: Token[] = [];
  const closeRun = () => {
    const shouted = run.some((word) => kinds.get(word) === 'shouted');
    for (const word of run) {
      if (shouted && !isKnown(word.value, glossary)) kinds.set(word, 'shouted');
    }
    run.length = 0;
  };
  for (const word of sentence.words) {
    const letters = capitalLetters(word.value);
    if (letters === undefined) {
      closeRun();
      continue;
    }
    if (isKnown(word.value, glossary)) kinds.set(word, 'acronym');
    else if (ACCENTED_CAPITAL.test(letters) || COMMON_WORDS.has(word.value.toLowerCase().replace(/^.*['’]/, ''))) {
      kinds.set(word, 'shouted');
    } else kinds.set(word, 'acronym');
    run.push(word);
  }
  closeRun();
  return kinds;
}

export function isKnown(word: string, glossary: ReadonlySet<string>): boolean {
  const key = acronymKey(word);
  return glossary.has(word) || glossary.has(key) || KNOWN_ACRONYMS.has(key);
}
