/**
 * What the dev server tells the preview's banner (src/scripts/dev/content-banner.ts)
 * through Vite's HMR channel: the content check's findings after each save.
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { Fallback } from './refused-entries.ts';

/** The banner's element, first in <body> of every previewed page. */
export const BANNER_ELEMENT = 'rapport-falc-verification';
/** Server → pages: the findings, sent after each check and to a page that asks. */
export const REPORT_EVENT = 'rapport-falc:verification-contenu';
/** Page → server: a page just loaded and asks for the current findings. */
export const REQUEST_EVENT = 'rapport-falc:verification-contenu-demande';

export interface LiveCheckReport {
  issues: ContentIssue[];
  /** Files whose latest save the preview does not show (see keep-last-good-entry.ts). */
  refused: { file: string; fallback: Fallback }[];
}

/** What the banner says of a refused file: which version the preview shows instead of the latest save. */
export function refusedNotice({ file, fallback }: { file: string; fallback: Fallback }): string {
  switch (fallback) {
    case 'previous':
      return `L’aperçu montre la dernière version correcte de ${file} : corrigez l’erreur ci-dessous.`;
    case 'defaults':
      return `Les réglages du site sont à corriger : l’aperçu utilise des réglages provisoires à la place de ${file}. Corrigez l’erreur ci-dessous.`;
    case 'none':
      return `${file} n’est pas dans l’aperçu : corrigez l’erreur ci-dessous.`;
  }
}
