/**
 * A FALC key figure's sentence cut for display: one entry per line (one
 * sentence per line, as in the FALC body), the figure's number set apart so the
 * card can emphasise it inside the sentence. A screen reader still reads each
 * sentence as one phrase: only the markup around the number changes.
 */
import { findFigureNumber } from './key-figure-number.ts';
import { frenchTypography } from '../markdown/french-typography.ts';

export interface SentenceLine {
  before: string;
  /** The figure's number (and its « millions »), when it is on this line. */
  figure?: string | undefined;
  after: string;
}

export function figureSentenceLines(texte: string, valeur: string): SentenceLine[] {
  let figureShown = false;
  return texte
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const found = figureShown ? undefined : findFigureNumber(line, valeur);
      if (!found) return { before: frenchTypography(line), after: '' };
      figureShown = true;
      return {
        before: frenchTypography(line.slice(0, found.start)),
        figure: frenchTypography(line.slice(found.start, found.end)),
        after: frenchTypography(line.slice(found.end)),
      };
    });
}
