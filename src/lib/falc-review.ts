/**
 * What a FALC page may say about its review. The European easy-to-read logo
 * needs: statut `valide`, at least one named reader, and a text unchanged since
 * the review (recorded fingerprint = current fingerprint). Anything less and the
 * page says plainly that readers have not checked it yet.
 */
/** Where a page shows the European easy-to-read logo; the file is Inclusion Europe's and is not shipped with the tool. */
export const LOGO_URL = '/falc/logo-facile-a-lire.png';

export type ReviewState =
  | { kind: 'validated'; readers: string[]; date?: Date | undefined }
  | { kind: 'not-validated'; reason: 'not-reviewed' | 'no-readers' | 'text-changed' }
  /** `relu`: the team read it (and the text has not changed since); readers with disabilities have not yet. */
  | { kind: 'read-by-team'; readers: string[] };

export interface ReviewRecord {
  relecture: { statut: 'a-relire' | 'relu' | 'valide'; relecteurs: string[]; date?: Date | undefined };
  empreintes?: { falc?: string | undefined } | undefined;
  /** Key figures of the page: their sentences are part of the reviewed text (src/lib/falc-fingerprint.ts). */
  chiffresCles?: readonly { texte: string }[] | undefined;
}

export function reviewState(record: ReviewRecord, currentFalcHash: string): ReviewState {
  const { statut, relecteurs, date } = record.relecture;
  const unchanged = record.empreintes?.falc === currentFalcHash;
  if (statut === 'relu') return unchanged ? { kind: 'read-by-team', readers: relecteurs } : { kind: 'not-validated', reason: 'not-reviewed' };
  if (statut !== 'valide') return { kind: 'not-validated', reason: 'not-reviewed' };
  if (relecteurs.length === 0) return { kind: 'not-validated', reason: 'no-readers' };
  if (!unchanged) return { kind: 'not-validated', reason: 'text-changed' };
  return { kind: 'validated', readers: relecteurs, date };
}
