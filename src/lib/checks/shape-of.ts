/**
 * The report's shape as the editors' check sees it, for a project folder: the
 * shape itself, and the folders of content/ it says hold pages. Read once per
 * version of content/rapport.yaml, not once per page checked; a save in the
 * preview is a new version. During a check run (`holdShape`), the file is not
 * even looked at again: one run sees one shape, and a long report saves the
 * thousands of file system calls a look costs.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { levelOfRole, readReportShape, REPORT_SHAPE_FILE, twinnedFolders, type Level, type ReportShape } from '../../model/report-shape.ts';

const shapes = new Map<string, { modified: number; shape: ReportShape | undefined }>();
/** The shapes of the runs going on, by file, with how many runs hold each. */
const held = new Map<string, { runs: number; shape: ReportShape | undefined }>();

/**
 * For one check run: reads the shape of `root` now, and gives it to every
 * `shapeOf(root)` until the returned function is called (in a `finally`).
 */
export function holdShape(root: string): () => void {
  const file = resolve(root, REPORT_SHAPE_FILE);
  const hold = held.get(file) ?? { runs: 0, shape: readShape(root, file) };
  hold.runs++;
  held.set(file, hold);
  return () => {
    if (--hold.runs === 0) held.delete(file);
  };
}

/** The report's shape in `root`, or undefined while its file is missing or broken (check-data-files.ts says so). */
export function shapeOf(root: string): ReportShape | undefined {
  const file = resolve(root, REPORT_SHAPE_FILE);
  const hold = held.get(file);
  return hold ? hold.shape : readShape(root, file);
}

function readShape(root: string, file: string): ReportShape | undefined {
  const modified = existsSync(file) ? statSync(file).mtimeMs : -1;
  const known = shapes.get(file);
  if (known?.modified === modified) return known.shape;
  let shape: ReportShape | undefined;
  try {
    shape = readReportShape(root);
  } catch {
    shape = undefined;
  }
  shapes.set(file, { modified, shape });
  return shape;
}

/** Every level of the report: its levels from the top, then its cross-cutting pages. */
export const allLevels = (shape: ReportShape): Level[] => [...shape.niveaux, ...(shape.transversales ? [shape.transversales] : [])];

/**
 * The folders of content/ that hold pages (`pages`, each level's folder,
 * `glossaire`) and those of content/falc/ that hold their twins. Without a
 * readable shape, only the general pages and the glossary: the shape's own
 * error says what to fix first.
 */
export function pageFolders(root: string): { standard: string[]; falc: string[] } {
  const shape = shapeOf(root);
  if (!shape) return { standard: ['pages', 'glossaire'], falc: ['pages'] };
  return { standard: ['pages', ...allLevels(shape).map((level) => level.dossier), 'glossaire'], falc: twinnedFolders(shape) };
}

/** The folder of a role's level in `root` (`ambitions` for the leaves of the bilan), or undefined. */
export function folderOf(root: string, role: Parameters<typeof levelOfRole>[1]): string | undefined {
  const shape = shapeOf(root);
  return shape && levelOfRole(shape, role)?.dossier;
}
