/**
 * The glossary's FALC explanations (`falc` of `content/glossaire/*.md`) are FALC
 * text read on every FALC page (« Les mots difficiles »): the FALC linter checks
 * them as it checks a page, at their line in the file (`glossaryExplanationText`),
 * and their review record (`relecture`, same statuses as a FALC page) is held to
 * the same rule as a page's: `valide` needs named readers and the fingerprint of
 * the explanation as it was validated (`empreintes.falc`, the contentHash of the
 * `falc` text).
 */
import { contentHash } from '../content-hash.ts';
import { reviewState } from '../falc-review.ts';
import type { ContentFile } from '../../model/content-file.ts';
import { lineOfPath, textStartOfPath } from '../checks/yaml-lines.ts';
import type { ContentIssue } from './check-pairs.ts';
import type { FalcFieldText } from './lint-falc-field.ts';

export function glossaryExplanationText(entry: ContentFile): FalcFieldText | undefined {
  const falc = entry.data.falc;
  if (typeof falc !== 'string' || falc.trim() === '') return undefined;
  return { file: entry.path, text: falc, ...textStartOfPath(entry.source, entry.text, ['falc']) };
}

/** The review records of the glossary's explanations. */
export function checkGlossaryReviews(entries: readonly ContentFile[]): ContentIssue[] {
  return entries.flatMap((entry) => {
    const falc = entry.data.falc;
    const issue = typeof falc === 'string' && falc.trim() !== '' ? reviewIssue(entry, falc) : undefined;
    return issue ? [issue] : [];
  });
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
