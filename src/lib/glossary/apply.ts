/**
 * Glossary links on a finished page. Standard version: the first use of a word
 * links to the glossary page, an acronym is marked with <abbr> and its expansion.
 * FALC version: the first use links to its explanation at the end of the same
 * page, in the "Les mots difficiles" list that this step writes in place of the
 * layout's <falc-mots-difficiles> placeholder.
 */
import { escapeHtml } from '../html-escape.ts';
import { FALC_PREFIX, isFalcPath, urls } from '../urls.ts';
import { tf } from '../../i18n/falc.ts';
import { linkGlossaryTerms } from './link-terms.ts';
import type { Glossary, GlossaryEntry } from './glossary.ts';

export const DIFFICULT_WORDS_PLACEHOLDER = '<falc-mots-difficiles></falc-mots-difficiles>';

export function difficultWordsSection(entries: readonly GlossaryEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries
    .map((e) => {
      const lines = e.falc.trim().split(/\n+/).map((l) => escapeHtml(l.trim())).join('<br>');
      return `<dt id="mot-${e.id}">${escapeHtml(e.terme)}</dt><dd>${lines}</dd>`;
    })
    .join('');
  return (
    // The body div spans the whole section (no pictogram): direct children would fall into the pictogram column.
    `<section class="difficult-words falc-section" aria-labelledby="mots-difficiles"><div class="falc-section__body">` +
    `<h2 id="mots-difficiles">${escapeHtml(tf('difficultWords.title'))}</h2>` +
    `<p>${escapeHtml(tf('difficultWords.intro'))}</p><dl>${items}</dl></div></section>`
  );
}

export function applyGlossary(html: string, pathname: string, glossary: Glossary): string {
  const falc = isFalcPath(pathname);
  if (pathname === urls.glossaire() || pathname === `${FALC_PREFIX}${urls.glossaire()}`) {
    return html.replace(DIFFICULT_WORDS_PLACEHOLDER, '');
  }
  const { html: linked, used } = linkGlossaryTerms(html, glossary.find, ({ text, entry }) => {
    const word = escapeHtml(text);
    if (falc) return `<a class="glossary-link" href="#mot-${entry.id}">${word}</a>`;
    const inner = entry.sigle && entry.developpe ? `<abbr title="${escapeHtml(entry.developpe)}">${word}</abbr>` : word;
    return `<a class="glossary-link" href="${urls.glossaire()}#${entry.id}">${inner}</a>`;
  });
  return linked.replace(DIFFICULT_WORDS_PLACEHOLDER, falc ? difficultWordsSection(used) : '');
}
