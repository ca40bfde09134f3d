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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createMatcher<T extends GlossaryWord>(entries: readonly T[]) {
  const forms = entries
    .flatMap((entry) => [entry.terme, ...entry.formes].map((form) => ({ form, entry })))
    .sort((a, b) => b.form.length - a.form.length);
  const bySigleForm = new Map(forms.filter((f) => f.entry.sigle).map((f) => [f.form, f]));
  const byWordForm = Map.groupBy(forms.filter((f) => !f.entry.sigle), (f) => f.form.toLocaleLowerCase('fr'));
  const alternation = (list: typeof forms) => list.map((f) => escape(f.form)).join('|');
  const sigles = forms.filter((f) => f.entry.sigle);
  const words = forms.filter((f) => !f.entry.sigle);
  const bound = (body: string, flags: string) =>
    body ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags) : undefined;
  const sigleRe = bound(alternation(sigles), 'gu');
  const wordRe = bound(alternation(words), 'giu');

  /** All matches in `text`, left to right, without overlaps (the longest form wins). */
  return function find(text: string): WordMatch<T>[] {
    const found: WordMatch<T>[] = [];
    for (const re of [sigleRe, wordRe]) {
      if (!re) continue;
      for (const m of text.matchAll(re)) {
        // A word written as one of its forms, case included, keeps that form (it decides whether a capital makes a name).
        const known =
          re === sigleRe
            ? bySigleForm.get(m[0])
            : (byWordForm.get(m[0].toLocaleLowerCase('fr'))?.find((f) => f.form === m[0]) ?? byWordForm.get(m[0].toLocaleLowerCase('fr'))?.[0]);
        if (known) found.push({ index: m.index, text: m[0], entry: known.entry, form: known.form });
      }
    }
    found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const result: WordMatch<T>[] = [];
    let end = -1;
    for (const m of found) {
      if (m.index < end) continue;
      result.push(m);
      end = m.index + m.text.length;
    }
    return result;
  };
}
