/**
 * Finds Mulberry symbols by a French (or English) word, for editors
 * (`npm run pictogramme -- chercher école`). The set's French names are
 * partial (many keep the English name, « médecin » or « sourd » have none), so
 * a symbol matches on: the project's own meaning label and keywords
 * (content/pictogrammes.yaml) for the symbols it uses, the French name, the
 * French category, the English name and the English tags.
 */
import type { MulberrySymbol } from './mulberry-index.ts';
import type { Pictogram } from './pictograms.ts';

export interface SearchHit {
  symbol: MulberrySymbol;
  /** The project's meaning that already uses this symbol, if any. */
  used?: Pictogram;
  score: number;
}

/** Lower case, no accents, `_` and punctuation as spaces: « École » and `ecole` meet. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean);
}

/**
 * How well `query` names this text: every query word must start a word of the
 * text (« ecol » finds « école », not « bricolage »); a whole-word match counts more.
 */
function matchScore(query: string[], text: string): number {
  const textWords = words(text);
  let score = 0;
  for (const q of query) {
    if (textWords.includes(q)) score += 2;
    else if (textWords.some((w) => w.startsWith(q))) score += 1;
    else return 0;
  }
  // The whole name and nothing else (`car`, not `car_2`) comes first.
  return textWords.join(' ') === query.join(' ') ? score + 1 : score;
}

/** Weights: the project's own words first, then the set's French, then its English. */
const FIELDS: { weight: number; text: (s: MulberrySymbol, used?: Pictogram) => string }[] = [
  { weight: 9, text: (_, used) => used?.name ?? '' },
  { weight: 8, text: (_, used) => (used ? [used.sens, ...used.mots].join(' ') : '') },
  { weight: 6, text: (s) => s.french },
  { weight: 4, text: (s) => s.symbol },
  { weight: 2, text: (s) => s.category },
  { weight: 2, text: (s) => s.tags.join(' ') },
  { weight: 1, text: (s) => s.categoryEn },
];

export function searchSymbols(query: string, index: readonly MulberrySymbol[], used: Iterable<Pictogram>): SearchHit[] {
  const q = words(query);
  if (q.length === 0) return [];
  const bySymbol = new Map([...used].map((p) => [p.symbole, p]));
  const hits: SearchHit[] = [];
  for (const symbol of index) {
    const pictogram = bySymbol.get(symbol.symbol);
    const score = Math.max(...FIELDS.map((f) => f.weight * matchScore(q, f.text(symbol, pictogram))));
    if (score > 0) hits.push({ symbol, used: pictogram, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.symbol.symbol.localeCompare(b.symbol.symbol));
}
