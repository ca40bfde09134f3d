import type { PlacedSpelling } from './name-spellings.ts';
import type { VFile } from 'vfile';
import type { Location } from 'vfile-location';

/** Severity of a rule, as in unified-lint-rule. */
export type SeverityName = 'off' | 'warn' | 'error';
export type SeverityLevel = SeverityName | 0 | 1 | 2 | boolean;

/** A rule setting: a severity, or a severity with options. */
export type RuleSetting = SeverityLevel | [SeverityLevel, Record<string, unknown>?];

/** Kinds of token left after French normalisation. */
export type TokenKind = 'word' | 'punct' | 'symbol' | 'space' | 'source';

/** One token of prose, with its offsets in the source file. */
export interface Token {
  kind: TokenKind;
  value: string;
  start: number;
  end: number;
  /** A word made of digits only (after digit grouping): `1 500`, `12,5`, `2024`. */
  isNumber?: boolean;
  /** A known abbreviation such as `M.` or `etc.` (kept whole by normalisation). */
  isAbbreviation?: boolean;
  /** Lower case, straight apostrophes (`L’État` → `l'état`); set on the words of a sentence. */
  norm?: string;
}

/** Kind of Markdown block that holds prose. */
export type BlockType = 'paragraph' | 'heading';

/** A Markdown block that holds prose (a paragraph, a heading), with its sentences. */
export interface Block {
  type: BlockType;
  start: number;
  end: number;
  /** Heading depth, for headings. */
  depth?: number;
  /** True when the paragraph is inside a list item. */
  inList: boolean;
  tokens: Token[];
  sentences: Sentence[];
}

/** A sentence after French segmentation. */
export interface Sentence {
  block: Block;
  /** Tokens of the sentence, without leading or trailing white space. */
  tokens: Token[];
  /** Tokens that count as words (letters or digits). */
  words: Token[];
  /** Number of words, with the elision setting applied. */
  wordCount: number;
  /** Text of the sentence, token values joined. */
  text: string;
  /** Index in `text` where each token starts (same order as `tokens`). */
  textStarts: number[];
  start: number;
  end: number;
}

/** The French reading of a page shared by all prose rules (in `file.data.falc`). */
export interface FalcModel {
  blocks: Block[];
  sentences: Sentence[];
  place: Location;
  /** Lower-cased glossary terms, and their original spellings. */
  glossary: Set<string>;
  glossaryExact: Set<string>;
}

/** A `falc-ignore` comment found in the page. */
export interface IgnoreComment {
  ruleIds: string[];
  reason: string;
  /** Line the comment silences (the line after the comment). */
  targetLine: number;
  start: number;
  end: number;
  /** Problem with the comment itself, if any (French, for the editor). */
  problem?: string;
  used: boolean;
}

/** A message that a `falc-ignore` comment silenced. */
export interface IgnoredMessage {
  ruleId: string;
  line: number;
  column: number;
  message: string;
  reason: string;
}

/** Readability and size figures of a page (never a gate). */
export interface FalcStats {
  words: number;
  sentences: number;
  paragraphs: number;
  longWords: number;
  syllables: number;
  /** Words per sentence. */
  wordsPerSentence: number;
  /** LIX (Björnsson): words per sentence + percentage of words of more than 6 letters. */
  lix: number;
  /** Kandel–Moles: 207 − 1.015 × words/sentence − 73.6 × syllables/word. */
  kandelMoles: number;
}

/** Front matter as parsed, with the offset where its YAML starts. */
export interface FrontMatter {
  data: Record<string, unknown> | undefined;
  yaml: string;
  /** Offset of the YAML text in the file. */
  yamlOffset: number;
  /** Text after the closing `---` (what `contentHash` fingerprints). */
  body: string;
  /** YAML syntax error, in French, if any. */
  error?: { message: string; offset: number };
  /** Offset range of a key path in the file, e.g. `['relecture', 'statut']`. */
  rangeOf(path: string[]): [number, number] | undefined;
}

/** Data the FALC processor keeps on the VFile. */
export interface FalcFileData {
  falc?: FalcModel;
  falcFrontMatter?: FrontMatter;
  falcBlocks?: Block[];
  falcPictograms?: Array<{ name: string; start: number; end: number }>;
  falcIgnores?: IgnoreComment[];
  falcIgnored?: IgnoredMessage[];
  falcStats?: FalcStats;
  falcGlossary?: string[];
  /** Titles of every page of the listing this page belongs to (itself included), for `falc:titres-monotones`. */
  falcListing?: readonly string[];
  /** Spellings of names in the other texts of the report, for `falc:un-nom-une-ecriture` (`LintContext.names`). */
  falcNames?: readonly PlacedSpelling[];
}

export type FalcFile = VFile & { data: FalcFileData };
