/**
 * The key figures of the FALC pages (`chiffresCles` with a `texte`), each with
 * the leaf's figure it names (`ambition: st-01`, in the report's shape) and
 * where its `texte` starts in the file, so that the checks on the text report
 * at the editor's line.
 */
import { KeyFigureSchema } from '../../schemas/key-figure.ts';
import { fieldOf, leafLevel, levelOfRole, type ReportShape } from '../../model/report-shape.ts';
import { theName } from '../../i18n/report-words.ts';
import type { ContentFile } from '../../model/content-file.ts';
import { textStartOfPath } from './yaml-lines.ts';

export interface FalcKeyFigure {
  file: ContentFile;
  /** Position in `chiffresCles`, from 0. */
  index: number;
  /** The leaf it names (`st-01`), and that leaf with its article, for messages (« l’ambition st-01 »). */
  leaf: string;
  leafName: string;
  chiffre: number;
  texte: string;
  /** The ambition's figure, when the reference is right (check-references.ts reports it otherwise). */
  valeur?: string | undefined;
  /** 1-based line and column of the text's first character. */
  line: number;
  column?: number | undefined;
}

/** Without a readable shape (reported by check-data-files.ts), no key figure can be matched to its leaf. */
export function falcKeyFigures(files: readonly ContentFile[], shape: ReportShape | undefined): FalcKeyFigure[] {
  if (!shape) return [];
  const level = leafLevel(shape);
  const leaves = new Map(files.filter((f) => f.collection === level.dossier).map((f) => [f.id, f]));
  const pages = new Set(['falc/pages', `falc/${levelOfRole(shape, 'top')!.dossier}`]);
  return files.filter((f) => pages.has(f.collection)).flatMap((file) => keyFiguresOf(file, shape, (id) => leaves.get(id)));
}

/** The key figures of one FALC page; `leafFile` gives the leaf's file by its id (`st-01`), if there is one. */
export function keyFiguresOf(file: ContentFile, shape: ReportShape, leafFile: (id: string) => ContentFile | undefined): FalcKeyFigure[] {
  const level = leafLevel(shape);
  const field = fieldOf(level);
  const figuresField = level.blocs?.find((block) => block.sorte === 'chiffres')?.champ ?? '';
  const refs: unknown[] = Array.isArray(file.data.chiffresCles) ? file.data.chiffresCles : [];
  return refs.flatMap((ref, index) => {
    const { [field]: leaf, chiffre, texte } = (ref ?? {}) as Record<string, unknown>;
    if (typeof leaf !== 'string' || typeof chiffre !== 'number' || typeof texte !== 'string') return [];
    const figures = leafFile(leaf)?.data[figuresField];
    const figure = Array.isArray(figures) ? (figures[chiffre - 1] as { valeur?: unknown } | undefined) : undefined;
    return [{ file, index, leaf, leafName: theName(level.nom), chiffre, texte, valeur: validValue(figure?.valeur), ...textStart(file, index) }];
  });
}

function textStart(file: ContentFile, index: number): { line: number; column?: number | undefined } {
  return textStartOfPath(file.source, file.text, ['chiffresCles', index, 'texte']);
}

/** The figure's number, when it is one: a wrong value is reported by its own file's schema, not again on every FALC page that cites it. */
function validValue(valeur: unknown): string | undefined {
  return KeyFigureSchema.shape.valeur.safeParse(valeur).success ? (valeur as string) : undefined;
}
