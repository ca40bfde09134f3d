import type { Root as NlcstRoot, Nodes as NlcstNodes } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import { placeOf } from './define-rule.ts';
import { isElided, normaliseTokens } from './normalise.ts';
import { isWordToken, splitSentences } from './segment.ts';
import { normaliseWord } from './text.ts';
import type { Block, FalcFileData, FalcModel, Sentence, Token, TokenKind } from './types.ts';

export interface ModelOptions {
  /** Glossary terms (`terme` of `content/glossaire/*.md`): explained words and acronyms. */
  glossary?: readonly string[];
  /**
   * How an elided word counts (`l’été`, `qu’il`): `'un-mot'` (default, as
   * parse-latin and a reader's eye see it) or `'deux-mots'` (as grammar does).
   * No FALC guide settles it.
   */
  elisions?: 'un-mot' | 'deux-mots';
}

/**
 * retext plugin that builds the French reading of the page shared by every
 * prose rule: the nlcst tokens of parse-latin, grouped by Markdown block,
 * normalised (`normalise.ts`) and split into sentences (`segment.ts`).
 * Stored in `file.data.falc`.
 */
export function falcModel(options: ModelOptions = {}) {
  const glossaryTerms = options.glossary ?? [];
  const twoWordElisions = options.elisions === 'deux-mots';

  return function transformer(tree: NlcstRoot, file: VFile) {
    const data = file.data as FalcFileData;
    const blocks = data.falcBlocks ?? [];
    assignTokens(flatten(tree), blocks);
    const sentences: Sentence[] = [];
    for (const block of blocks) {
      block.tokens = normaliseTokens(block.tokens);
      block.sentences = splitSentences(block.tokens).map((tokens) =>
        makeSentence(block, tokens, twoWordElisions),
      );
      sentences.push(...block.sentences);
    }
    const model: FalcModel = {
      blocks,
      sentences,
      place: placeOf(file),
      glossary: new Set(glossaryTerms.map((term) => term.toLowerCase())),
      glossaryExact: new Set(glossaryTerms),
    };
    data.falc = model;
    data.falcGlossary = [...glossaryTerms];
  };
}

/** Leaves of the nlcst tree in document order; a word stays one token. */
function flatten(tree: NlcstRoot): Token[] {
  const tokens: Token[] = [];
  const stack: NlcstNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const kind = kindOf(node);
    if (kind === undefined) {
      if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
      continue;
    }
    const position = node.position;
    if (!position || position.start.offset === undefined || position.end.offset === undefined) continue;
    const value = 'value' in node ? node.value : toString(node);
    tokens.push({ kind, value, start: position.start.offset, end: position.end.offset });
  }
  return tokens;
}

function kindOf(node: NlcstNodes): TokenKind | undefined {
  switch (node.type) {
    case 'WordNode':
      return 'word';
    case 'PunctuationNode':
      return 'punct';
    case 'SymbolNode':
      return 'symbol';
    case 'WhiteSpaceNode':
      return 'space';
    case 'SourceNode':
      return 'source';
    case 'TextNode':
      return 'word';
    default:
      return undefined;
  }
}

/** Give each token to the Markdown block it starts in (blocks do not nest). */
function assignTokens(tokens: readonly Token[], blocks: readonly Block[]): void {
  let index = 0;
  for (const token of tokens) {
    while (index < blocks.length && blocks[index]!.end <= token.start) index++;
    const block = blocks[index];
    if (block && token.start >= block.start) block.tokens.push(token);
  }
}

function makeSentence(block: Block, tokens: Token[], twoWordElisions: boolean): Sentence {
  const textStarts: number[] = [];
  let text = '';
  for (const token of tokens) {
    textStarts.push(text.length);
    text += token.value;
  }
  const words = tokens.filter(isWordToken);
  for (const word of words) word.norm = normaliseWord(word.value);
  let wordCount = words.length;
  if (twoWordElisions) wordCount += words.filter((word) => isElided(word.value)).length;
  return {
    block,
    tokens,
    words,
    wordCount,
    text,
    textStarts,
    start: tokens[0]?.start ?? block.start,
    end: tokens.at(-1)?.end ?? block.end,
  };
}

/** The model of a file, or an empty one (a page without prose). */
export function modelOf(file: VFile): FalcModel {
  const data = file.data as FalcFileData;
  return (
    data.falc ?? {
      blocks: [],
      sentences: [],
      place: placeOf(file),
      glossary: new Set(),
      glossaryExact: new Set(),
    }
  );
}
