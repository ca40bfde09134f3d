/**
 * The key figures of the FALC pages (`chiffresCles` with a `texte`), each with
 * the ambition's figure it names and where its `texte` starts in the file, so
 * that the checks on the text report at the editor's line.
 */
import { isScalar, Scalar } from 'yaml';
import type { ContentFile } from './content-files.ts';
import { lineOfPath } from './yaml-lines.ts';

export interface FalcKeyFigure {
  file: ContentFile;
  /** Position in `chiffresCles`, from 0. */
  index: number;
  ambition: string;
  chiffre: number;
  texte: string;
  /** The ambition's figure, when the reference is right (check-references.ts reports it otherwise). */
  valeur?: string | undefined;
  /** 1-based line and column of the text's first character. */
  line: number;
  column?: number | undefined;
}

export function falcKeyFigures(files: readonly ContentFile[]): FalcKeyFigure[] {
  const ambitions = new Map(files.filter((f) => f.collection === 'ambitions').map((f) => [f.id, f]));
  return files
    .filter((f) => f.collection === 'falc/pages' || f.collection === 'falc/pactes')
    .flatMap((file) => {
      const refs: unknown[] = Array.isArray(file.data.chiffresCles) ? file.data.chiffresCles : [];
      return refs.flatMap((ref, index) => {
        const { ambition, chiffre, texte } = (ref ?? {}) as Record<string, unknown>;
        if (typeof ambition !== 'string' || typeof chiffre !== 'number' || typeof texte !== 'string') return [];
        const figures = ambitions.get(ambition)?.data.chiffres;
        const figure = Array.isArray(figures) ? (figures[chiffre - 1] as { valeur?: unknown } | undefined) : undefined;
        return [{ file, index, ambition, chiffre, texte, valeur: typeof figure?.valeur === 'string' ? figure.valeur : undefined, ...textStart(file, index) }];
      });
    });
}

/** Block scalars (`texte: |-`) start on the next line, at its indent; other texts where their value starts (after a quote). */
function textStart(file: ContentFile, index: number): { line: number; column?: number | undefined } {
  const path = ['chiffresCles', index, 'texte'];
  const node = file.source.doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return { line: lineOfPath(file.source, path) };
  const { yaml, firstLine } = file.source;
  const before = yaml.slice(0, node.range[0]);
  const line = firstLine + before.split('\n').length - 1;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const first = file.text.split('\n')[line] ?? '';
    return { line: line + 1, column: first.length - first.trimStart().length + 1 };
  }
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
  return { line, column: before.length - before.lastIndexOf('\n') + quoted };
}
