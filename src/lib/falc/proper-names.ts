import { glossaryTermWords } from './glossary-terms.ts';
import { adjacent, norm, startsUpper, withoutElision } from './text.ts';
import type { FalcModel, Sentence, Token } from './types.ts';

/** Small words that sit inside a name (« Parc d’Olhain », « Maison des sports du Pas-de-Calais »). */
const INSIDE_NAMES = new Set(['de', 'du', 'des', 'la', 'le', 'les']);

/** Words that start a sentence with a capital without being part of a name (« Le Département », « À Calais »). */
const SENTENCE_OPENERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'à', 'au', 'aux', 'en', 'dans', 'pour', 'près', 'par',
  'sur', 'avec', 'chez', 'depuis', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mais', 'et', 'ou',
  'puis', 'quand', 'pendant', 'après', 'avant', 'entre', 'grâce', 'comme', 'chaque', "aujourd'hui", 'voici',
]);

/** A proper name or a programme name used in a page, with its first use. */
export interface NameUse {
  name: string;
  first: Token;
  last: Token;
}

/**
 * The names of a page, each once (first use kept): runs of words that start
 * with a capital letter, joined by the small words of names (« Aux arbres 62 »
 * is cut at « arbres », « Parc d’Olhain » is one). The first word of a
 * sentence starts with a capital anyway: it counts only when the next word is
 * capitalised too (« Nous Aussi agit »). `known` names (lower case) are left out,
 * and so are the names the glossary explains: a glossary term written with a
 * capital (« EDEN 62 », « Département »; a glossary word such as « ambitions »
 * does not explain the programme « Ambitions jeunes »), or words inside a
 * glossary term of several words (« Maisons » in « Maisons de l’autonomie »).
 */
export function properNames(model: FalcModel, known: ReadonlySet<string>): NameUse[] {
  const found = new Map<string, NameUse>();
  const glossaryNames = new Set([...model.glossaryExact].filter((term) => startsUpper(term)).map((term) => keyOf(term)));
  for (const sentence of model.sentences) {
    let inGlossaryTerm: Set<Token> | undefined;
    for (const use of namesOf(sentence)) {
      const key = keyOf(use.name);
      if (known.has(key) || glossaryNames.has(key) || found.has(key)) continue;
      inGlossaryTerm ??= glossaryTermWords(model, sentence);
      if (inGlossaryTerm.has(use.first) && inGlossaryTerm.has(use.last)) continue;
      found.set(key, use);
    }
  }
  return [...found.values()];
}

/** « La Coupole » and « Coupole », « l’Europe » and « d’Europe » are one name. */
function keyOf(name: string): string {
  return withoutElision(name.toLowerCase().replace(/’/g, "'")).replace(/^(?:la|le|les) /, '');
}

function namesOf(sentence: Sentence): NameUse[] {
  const words = sentence.words;
  const names: NameUse[] = [];
  let index = 0;
  while (index < words.length) {
    if (!isCapitalised(words[index]!)) {
      index++;
      continue;
    }
    let end = index;
    // Extend over capitalised words, and over small words followed by a capitalised one, never over punctuation.
    const next = (at: number) => (at < words.length && adjacent(sentence, words[at - 1]!, words[at]!) ? words[at] : undefined);
    for (;;) {
      const one = next(end + 1);
      const two = one && next(end + 2);
      if (one && isCapitalised(one)) end++;
      else if (one && two && INSIDE_NAMES.has(norm(one)) && isCapitalised(two)) end += 2;
      else break;
    }
    let from = index;
    if (index === 0) {
      // The first word of a sentence has its capital anyway: keep it only inside a name (« Nous Aussi agit »).
      if (end === index) {
        index++;
        continue;
      }
      // « Le Département », « L’association Nœux Environnement »: the first word is a common word. So is a first word
      // joined to a name only by a small word (« Alors le Département ») or put before a name that starts with its
      // own article (« Visiter La Coupole »): a name is one run of capitals (« Nous Aussi »).
      if (SENTENCE_OPENERS.has(norm(words[0]!)) || /^\p{L}['’]\p{Ll}/u.test(words[0]!.value) || startsName(words[1]!)) from = 1;
      while (from < end && INSIDE_NAMES.has(norm(words[from]!))) from++;
    }
    if (from <= end) {
      const first = words[from]!;
      const last = words[end]!;
      const name = sentence.text.slice(
        sentence.textStarts[sentence.tokens.indexOf(first)]!,
        sentence.textStarts[sentence.tokens.indexOf(last)]! + last.value.length,
      );
      names.push({ name, first, last });
    }
    index = end + 1;
  }
  return names;
}

/** A small word of names (« le Département ») or a name's own article (« La Coupole », « L’Escapade »). */
function startsName(word: Token): boolean {
  return INSIDE_NAMES.has(norm(word)) || /^(?:La|Le|Les)$|^L['’]\p{Lu}/u.test(word.value);
}


/** Starts with a capital (`Olhain`, `MDPH`, `Ingénierie62`), or is an elided one (`d’Olhain`). */
function isCapitalised(word: Token): boolean {
  return startsUpper(word.value) || /^[dl]['’]\p{Lu}/u.test(word.value);
}
