/**
 * Finds glossary words in plain text. Acronyms match with their exact case
 * (MDPH, not "mdph" inside a word); other words match in any case. A match must
 * stand alone: no letter or digit right before or after it.
 */
export interface GlossaryWord {
  id: string;
  terme: string;
  formes: readonly string[];
  sigle: boolean;
  /** Phrases where a form of the word has another sense (« méthode commune »): never linked there. */
  exclure: readonly string[];
}

export interface WordMatch<T extends GlossaryWord> {
  index: number;
  text: string;
  entry: T;
  /** The glossary form that matched, as the glossary writes it (its case tells a name from a word). */
  form: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const STARTS_WITH_LETTER = /^[\p{L}\p{N}]/u;
// French has no lower-case rule of its own (only Turkish, Azeri and Lithuanian do): the locale-free one gives the same, faster.
const lower = (s: string) => s.toLowerCase();

interface Form<T extends GlossaryWord> {
  form: string;
  entry: T;
}

/**
 * Finds glossary words by looking each word of the text up among the forms' first words, rather than trying every
 * form at every position of the text (one regular expression of every form, case-insensitive, took a fifth of the
 * page transforms' time). A form starts with a letter or a digit, so it can only start where a word starts, and its
 * first word is that whole word: the character after the first word, in the form, is not a letter or a digit, and
 * after the whole form none may follow.
 */
export function createMatcher<T extends GlossaryWord>(entries: readonly T[]) {
  const forms = entries
    .flatMap((entry) => [entry.terme, ...entry.formes].map((form) => ({ form, entry })))
    // Longest first: at one place, the longest form wins.
    .sort((a, b) => b.form.length - a.form.length)
    .filter(({ form }) => STARTS_WITH_LETTER.test(form));
  const firstWord = (form: string) => form.match(WORD)![0];
  // Acronyms match with their exact case, other words in any case.
  const sigles = Map.groupBy(forms.filter((f) => f.entry.sigle), (f) => firstWord(f.form));
  const words = Map.groupBy(forms.filter((f) => !f.entry.sigle), (f) => lower(firstWord(f.form)));

  /** Is `form` written at `index` of `text` (`same` compares), as a whole: no letter or digit right after it? */
  const standsAt = (text: string, index: number, form: string, same: (written: string, form: string) => boolean) =>
    same(text.slice(index, index + form.length), form) && !STARTS_WITH_LETTER.test(text.slice(index + form.length, index + form.length + 2));

  /** The glossary form written at `index`, where the word `word` starts: the longest; an acronym before a word as long. */
  const formAt = (text: string, index: number, word: string): Form<T> | undefined => {
    const sigle = sigles.get(word)?.find((f) => standsAt(text, index, f.form, (a, b) => a === b));
    const candidates = words.get(lower(word)) ?? [];
    const longest = candidates.find((f) => standsAt(text, index, f.form, (a, b) => lower(a) === lower(b)));
    if (sigle && (!longest || sigle.form.length >= longest.form.length)) return sigle;
    if (!longest) return undefined;
    // Forms that differ by case only: the one written as in the text (its case tells a name from a word), else the first.
    const written = text.slice(index, index + longest.form.length);
    return candidates.find((f) => f.form === written) ?? longest;
  };

  // This matcher's own: `find` walks the words with `exec` (matchAll copies the expression at each call, for every text node).
  const wordsOf = new RegExp(WORD);

  /** All matches in `text`, left to right, without overlaps (the longest form wins). */
  return function find(text: string): WordMatch<T>[] {
    const result: WordMatch<T>[] = [];
    let end = 0;
    wordsOf.lastIndex = 0;
    for (let next = wordsOf.exec(text); next; next = wordsOf.exec(text)) {
      const { 0: word, index } = next;
      if (index < end) continue;
      const known = formAt(text, index, word);
      if (!known) continue;
      end = index + known.form.length;
      result.push({ index, text: text.slice(index, end), entry: known.entry, form: known.form });
    }
    return result;
  };
}
