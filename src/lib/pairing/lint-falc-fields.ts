/**
 * Every FALC text of the front matters, linted at its place in its file: the
 * FALC pages' `titre`, `description` and questions, the key figures'
 * sentences, the glossary's explanations. `npm run lint:content` (and the build,
 * and the preview) and `npm run lint:falc` both call this, on the files each has read.
 */
import type { VFileMessage } from 'vfile-message';
import { createFalcLinter, type FalcLinter } from '../falc/index.ts';
import type { ContentFile } from '../../model/content-file.ts';
import type { FalcKeyFigure } from '../checks/falc-key-figures.ts';
import { keyOf, memoKey, remember, type CheckMemo } from '../checks/check-memo.ts';
import type { SpelledText } from '../falc/name-spellings.ts';
import { lintFalcField, toFileMessage, type FalcFieldText, type SeverityOverride } from './lint-falc-field.ts';
import { titleTexts } from './lint-falc-titles.ts';
import { questionTexts } from './lint-falc-questions.ts';
import { keyFigureText } from './lint-falc-key-figures.ts';
import { glossaryExplanationText } from './lint-falc-glossary.ts';

export interface FalcFieldSources {
  /** FALC pages: their `titre`, `description` and questions. */
  pages: readonly ContentFile[];
  /** Their key figures (`falcKeyFigures`), with the ambition's number each names. */
  keyFigures: readonly FalcKeyFigure[];
  /** Entries of the glossary: their `falc` explanation. */
  glossaryEntries: readonly ContentFile[];
}

/**
 * The messages of each text, placed in its file (`message.file`), with the
 * spellings of its names, to compare across texts (`compareNameSpellings`).
 * With a memo (the dev server, the build), a text is linted again only when it, its
 * place, or the glossary changed.
 */
export async function lintFalcFields(
  sources: FalcFieldSources,
  glossary: readonly string[],
  memo?: CheckMemo,
): Promise<Array<SpelledText<VFileMessage[]>>> {
  let linter: FalcLinter | undefined;
  const linterOnce = () => (linter ??= createFalcLinter({ glossary: [...glossary] }));
  const glossaryKey = keyOf(glossary);
  const lint = async (field: FalcFieldText, override?: SeverityOverride, overrideKey?: unknown): Promise<SpelledText<VFileMessage[]>> => {
    const first = await remember(
      memo,
      () => memoKey('lint-falc-field', field.file, glossaryKey, field, overrideKey ?? null),
      () => lintFalcField(linterOnce(), field, override),
    );
    return {
      // Made afresh from the remembered description on each run (lint-falc-field.ts `PlacedMessage`).
      result: first.messages.map(toFileMessage),
      spellings: first.spellings,
      relint: async (names) => (await lintFalcField(linterOnce(), field, override, names)).messages.map(toFileMessage),
    };
  };
  const texts: Array<SpelledText<VFileMessage[]>> = [];
  for (const page of sources.pages) {
    for (const field of [...titleTexts(page), ...questionTexts(page)]) texts.push(await lint(field));
  }
  for (const figure of sources.keyFigures) {
    const { field, override } = keyFigureText(figure);
    // How a message weighs depends on the figure's number too.
    texts.push(await lint(field, override, figure.valeur ?? null));
  }
  for (const entry of sources.glossaryEntries) {
    const field = glossaryExplanationText(entry);
    if (field) texts.push(await lint(field));
  }
  return texts;
}
