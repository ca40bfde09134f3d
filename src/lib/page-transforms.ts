/**
 * The transforms every finished page goes through (src/middleware.ts says why on
 * the finished page): glossary marks, French typography, then the security
 * policy, which hashes the final styles and scripts. What a build keeps of a
 * page (result-cache.ts) is this whole result: the page, and the glossary's
 * decisions on it, which the list of links to review is written from
 * (src/lib/build/glossary-report.ts) without reading the page again.
 */
import { typesetHtml } from '../markdown/typeset-html.ts';
import { applyGlossary } from './glossary/apply.ts';
import type { Glossary } from './glossary/glossary.ts';
import type { PageGlossaryUses } from './glossary/link-report.ts';
import { withContentSecurityPolicy } from './content-security-policy.ts';

export interface TransformedPage {
  html: string;
  glossaryUses: PageGlossaryUses;
}

export function transformPage(rendered: string, pathname: string, glossary: Glossary): TransformedPage {
  const { html, uses } = applyGlossary(rendered, pathname, glossary);
  return { html: withContentSecurityPolicy(typesetHtml(html)), glossaryUses: uses };
}

/**
 * A page's result as a build stores it, and back: the glossary's decisions on a first line (JSON has no line break),
 * then the page as it is, which JSON would have to escape (a quote at every attribute) and a reader to unescape.
 */
export const storedPage = ({ html, glossaryUses }: TransformedPage): string => `${JSON.stringify(glossaryUses)}\n${html}`;

/** Undefined for a text that is no stored page (a cache file changed by hand): its page is then transformed again. */
export function readStoredPage(stored: string): TransformedPage | undefined {
  const end = stored.indexOf('\n');
  try {
    const glossaryUses = JSON.parse(stored.slice(0, end)) as PageGlossaryUses;
    if (end < 0 || !Array.isArray(glossaryUses?.linked) || !Array.isArray(glossaryUses.rejected)) return undefined;
    return { glossaryUses, html: stored.slice(end + 1) };
  } catch {
    return undefined;
  }
}
