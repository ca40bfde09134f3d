/**
 * The report's shape as the editors' check sees it, for a project folder: the
 * shape itself, and the folders of content/ it says hold pages. Read once per
 * version of content/rapport.yaml, not once per page checked; a save in the
 * preview is a new version.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { levelOfRole, readReportShape, REPORT_SHAPE_FILE, twinnedFolders, type Level, type ReportShape } from '../../model/report-shape.ts';

const shapes = new Map<string, { modified: number; shape: ReportShape | undefined }>();

/** The report's shape in `root`, or undefined while its file is missing or broken (check-data-files.ts says so). */
export function shapeOf(root: string): ReportShape | undefined {
  const file = resolve(root, REPORT_SHAPE_FILE);
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
