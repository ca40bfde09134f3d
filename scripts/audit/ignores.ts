/**
 * The only place where a violation found by `npm run audit` may be ignored.
 *
 * An entry names the tool, the rule, the exact page (URL path, e.g. `/edito/`)
 * and, optionally, the element (`cible`, matched as a substring of the reported
 * target). Each entry must give its reason, in French, for the person who will
 * read the audit's summary: why it is a false positive or why it cannot be fixed
 * now, and who decided. Prefer fixing the page. The summary prints how many
 * entries exist and which ones matched nothing (stale: remove them).
 *
 * Example (not active):
 *   {
 *     outil: 'axe',
 *     regle: 'color-contrast',
 *     page: '/solidarites-territoriales/ambition-1/',
 *     cible: '.key-figure__value',
 *     reason: 'Faux positif : axe mesure le contraste sur le dégradé de fond ; contrôlé à la main à 7,2:1 (audit du …).',
 *   },
 */
import type { ToolId, Violation } from './types.ts';

export interface IgnoreEntry {
  outil: ToolId;
  regle: string;
  /** Exact URL path of the page. */
  page: string;
  /** Part of the reported element's selector or description (optional). */
  cible?: string;
  /** Why this violation is ignored (required, in French). */
  reason: string;
}

export const ignores: IgnoreEntry[] = [];

/** Entries missing a page or a real reason: the audit refuses them. */
export function invalidIgnores(entries: readonly IgnoreEntry[]): string[] {
  return entries.flatMap((entry, i) => {
    const problems: string[] = [];
    if (!entry.page || !entry.page.startsWith('/')) problems.push('« page » doit être le chemin exact d’une page (ex. /edito/)');
    if (!entry.reason || entry.reason.trim().length < 15) problems.push('« reason » doit expliquer pourquoi (15 caractères au moins)');
    if (!entry.regle) problems.push('« regle » est obligatoire');
    return problems.map((p) => `ignores.ts, entrée ${i + 1} (${entry.outil} ${entry.regle} ${entry.page}) : ${p}`);
  });
}

export function matches(entry: IgnoreEntry, v: Violation): boolean {
  return entry.outil === v.outil && entry.regle === v.regle && entry.page === v.page && (!entry.cible || (v.cible ?? '').includes(entry.cible));
}

/** Splits violations into kept and ignored, and tells which entries matched nothing. */
export function applyIgnores(violations: readonly Violation[], entries: readonly IgnoreEntry[]) {
  const used = new Set<number>();
  const kept: Violation[] = [];
  const ignored: Violation[] = [];
  for (const v of violations) {
    const index = entries.findIndex((entry) => matches(entry, v));
    if (index === -1) kept.push(v);
    else {
      used.add(index);
      ignored.push(v);
    }
  }
  const unused = entries.filter((_, i) => !used.has(i));
  return { kept, ignored, unused };
}
