/**
 * The key figures of the FALC pages (`chiffresCles` with a `texte`), each with
 * the ambition's figure it names and where its `texte` starts in the file, so
 * that the checks on the text report at the editor's line.
 */
import { KeyFigureSchema } from '../../schemas/key-figure.ts';
import type { ContentFile } from './content-files.ts';
import { textStartOfPath } from './yaml-lines.ts';

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
        return [{ file, index, ambition, chiffre, texte, valeur: validValue(figure?.valeur), ...textStart(file, index) }];
      });
    });
}

function textStart(file: ContentFile, index: number): { line: number; column?: number | undefined } {
  return textStartOfPath(file.source, file.text, ['chiffresCles', index, 'texte']);
}

/** The figure's number, when it is one: a wrong value is reported by its own file's schema, not again on every FALC page that cites it. */
function validValue(valeur: unknown): string | undefined {
  return KeyFigureSchema.shape.valeur.safeParse(valeur).success ? (valeur as string) : undefined;
}
