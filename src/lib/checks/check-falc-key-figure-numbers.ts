/**
 * Fidelity of the FALC key figures: the sentence must write the very number of
 * the leaf's figure it names, so that the FALC page never shows a number
 * the report does not give (a typo, or a figure changed in the report since).
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { findFigureNumber } from '../key-figure-number.ts';
import { formatFigureValue } from '../../markdown/french-typography.ts';
import type { FalcKeyFigure } from './falc-key-figures.ts';

export function checkFalcKeyFigureNumbers(figures: readonly FalcKeyFigure[]): ContentIssue[] {
  return figures
    .filter((f) => f.valeur !== undefined && !findFigureNumber(f.texte, f.valeur))
    .map((f) => ({
      file: f.file.path,
      line: f.line,
      severity: 'error' as const,
      message: `Le texte doit contenir le chiffre ${formatFigureValue(f.valeur!).replace(/[\u00A0\u202F]/g, ' ')} de ${f.leafName} ${f.leaf} (chiffre ${f.chiffre}).`,
    }));
}
