/**
 * The sentences of the FALC key figures (`chiffresCles[].texte`) are FALC text
 * like the body. One exception: the figure's own number (« 48 618 ») is a
 * « grand nombre » warning, not an error: the card may keep the report's exact
 * figure, but the order of magnitude falc:grand-nombre suggests (« presque 50
 * mille ») is easier to read, and the fidelity check accepts it. Any other big
 * number is still an error. When the figure's number is not in the sentence
 * (unknown ambition, wrong number, another number written), that error is
 * reported by the fidelity check (check-falc-key-figure-numbers.ts) and stops
 * the build: no « grand nombre » is added on top of it.
 */
import type { VFileMessage } from 'vfile-message';
import { findFigureNumber } from '../key-figure-number.ts';
import type { FalcKeyFigure } from '../checks/falc-key-figures.ts';
import type { FalcFieldText, SeverityOverride } from './lint-falc-field.ts';

export function keyFigureText(figure: FalcKeyFigure): { field: FalcFieldText; override: SeverityOverride } {
  const shown = figure.valeur === undefined ? undefined : findFigureNumber(figure.texte, figure.valeur);
  return {
    field: { file: figure.file.path, text: figure.texte, line: figure.line, column: figure.column },
    override(message) {
      if (message.ruleId !== 'falc:grand-nombre') return undefined;
      if (!shown) return 'drop';
      return within(message, shown.start, shown.end) ? 'warning' : undefined;
    },
  };
}

function within(message: VFileMessage, start: number, end: number): boolean {
  const place = message.place;
  const from = place && 'start' in place ? place.start.offset : place?.offset;
  return from !== undefined && from >= start && from < end;
}
