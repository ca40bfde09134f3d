/**
 * Glossary terms of several words (« EDEN 62 », « habitat inclusif »,
 * « Maison de l’autonomie », « accueillant familial ») found in a sentence.
 * A word that is part of such a term is explained by the glossary (the site
 * links the whole term to its definition), so the rules that look at one word
 * at a time (an acronym, a jargon word, a participle) leave it alone.
 */
import { PhraseList } from './phrase-list.ts';
import type { FalcModel, Sentence, Token } from './types.ts';

// Each page's model has its own set, but every page of a run has the same terms: build the list once per set, and
// only again when the terms change.
const bySet = new WeakMap<ReadonlySet<string>, PhraseList<string>>();
let cached: { key: string; list: PhraseList<string> } | undefined;

function listOf(glossary: ReadonlySet<string>): PhraseList<string> {
  const known = bySet.get(glossary);
  if (known) return known;
  const terms = [...glossary].map((term) => term.trim().replace(/\s+/g, ' ')).filter((term) => term.includes(' '));
  const key = terms.join('\n');
  if (cached?.key !== key) cached = { key, list: new PhraseList(terms, (term) => [term]) };
  bySet.set(glossary, cached.list);
  return cached.list;
}

/** The words of `sentence` that belong to a glossary term of several words written in it. */
export function glossaryTermWords(model: Pick<FalcModel, 'glossary'>, sentence: Sentence): Set<Token> {
  const covered = new Set<Token>();
  if (model.glossary.size === 0) return covered;
  for (const { first, last } of listOf(model.glossary).find(sentence)) {
    const from = sentence.words.indexOf(first);
    const to = sentence.words.indexOf(last);
    for (let index = from; index <= to; index++) covered.add(sentence.words[index]!);
  }
  return covered;
}
