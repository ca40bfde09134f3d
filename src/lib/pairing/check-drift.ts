/**
 * Drift: the standard page changed after its FALC version was written or
 * reviewed. The FALC text may now say something the report no longer says, so
 * the editor is told to re-read it ("version facile à lire à revoir").
 */
import type { ContentIssue } from './check-pairs.ts';

export interface DriftFacts {
  /** `<collection>/<id>`. */
  path: string;
  /** Fingerprint recorded in the FALC page (`empreintes.source`), if any. */
  recordedSource?: string | undefined;
  /** Fingerprint of the standard page as it is now. */
  currentSource: string;
  line?: number | undefined;
}

export function checkDrift(pages: readonly DriftFacts[]): ContentIssue[] {
  return pages
    .filter((p) => p.recordedSource && p.recordedSource !== p.currentSource)
    .map((p) => ({
      file: `content/falc/${p.path}.md`,
      line: p.line,
      severity: 'warning' as const,
      message:
        `Version facile à lire à revoir : la page d’origine content/${p.path}.md a changé depuis l’écriture de ce texte. ` +
        `Relisez-le, puis enregistrez la relecture avec « npm run falc:valider -- ${p.path} ».`,
    }));
}
