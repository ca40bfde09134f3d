/**
 * The glossary's FALC explanations (`falc` of `content/glossaire/*.md`) are FALC
 * text read on every FALC page (« Les mots difficiles »): the FALC linter checks
 * them as it checks a page, at their line in the file, and their review record
 * (`relecture`, same statuses as a FALC page) is held to the same rule as a
 * page's: `valide` needs named readers and the fingerprint of the explanation as
 * it was validated (`empreintes.falc`, the contentHash of the `falc` text).
 */
import { createFalcLinter } from '../falc/index.ts';
import { contentHash } from '../content-hash.ts';
import { reviewState } from '../falc-review.ts';
import type { ContentFile } from '../checks/content-files.ts';
import { lineOfPath, textStartOfPath } from '../checks/yaml-lines.ts';
import type { ContentIssue } from './check-pairs.ts';
import { fieldIssue } from './falc-field-issues.ts';

export async function lintFalcGlossary(files: readonly ContentFile[], glossary: readonly string[]): Promise<ContentIssue[]> {
  const linter = createFalcLinter({ glossary: [...glossary] });
  const issues: ContentIssue[] = [];
  for (const file of files.filter((f) => f.collection === 'glossaire')) {
    const falc = file.data.falc;
    if (typeof falc !== 'string' || falc.trim() === '') continue;
    const start = textStartOfPath(file.source, file.text, ['falc']);
    const report = await linter.lint(file.path, falc);
    for (const message of report.messages) issues.push(fieldIssue({ file: file.path, ...start }, message));
    const review = reviewIssue(file, falc);
    if (review) issues.push(review);
  }
  return issues;
}

/** A `valide` explanation without readers, or changed since it was validated. */
function reviewIssue(file: ContentFile, falc: string): ContentIssue | undefined {
  const relecture = file.data.relecture as { statut?: unknown; relecteurs?: unknown } | undefined;
  if (relecture?.statut !== 'valide') return undefined;
  const readers = Array.isArray(relecture.relecteurs) ? relecture.relecteurs.filter((name): name is string => typeof name === 'string') : [];
  const recorded = (file.data.empreintes as { falc?: unknown } | undefined)?.falc;
  const current = contentHash(falc);
  const state = reviewState(
    { relecture: { statut: 'valide', relecteurs: readers }, empreintes: { falc: typeof recorded === 'string' ? recorded : undefined } },
    current,
  );
  // Only a « valide » record is checked here, so the state is validated or not, never « read by the team ».
  if (state.kind !== 'not-validated') return undefined;
  const line = lineOfPath(file.source, ['relecture', 'statut']);
  if (state.reason === 'no-readers') {
    return { file: file.path, line, severity: 'error', message: 'Explication FALC validée sans relecteur : écrivez dans « relecture.relecteurs » le nom des personnes qui l’ont validée, ou mettez le statut « relu » ou « a-relire ».' };
  }
  return {
    file: file.path,
    line,
    severity: 'error',
    message:
      recorded === undefined
        ? `Explication FALC validée sans empreinte : après la relecture, écrivez « empreintes.falc: ${current} ».`
        : 'Explication FALC modifiée depuis sa validation : faites-la relire, puis mettez à jour « empreintes.falc », ou mettez le statut « a-relire ».',
  };
}
