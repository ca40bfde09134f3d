/**
 * Glossary marks on a finished page.
 * Standard version: the first use of a word links to the glossary page; every
 * use of an acronym is marked <abbr> with what it stands for (from the glossary,
 * or from the page when it spells the acronym out), never the spelled-out name.
 * FALC version: the first use links to its explanation at the end of the same
 * page, in the "Les mots difficiles" list that this step writes in place of the
 * layout's <falc-mots-difficiles> placeholder, and each explanation links back.
 */
import { escapeHtml } from '../html-escape.ts';
import { falcUrl, isFalcPath, urls } from '../urls.ts';
import { tf } from '../../i18n/falc.ts';
import { linkGlossaryTerms, type Mark } from './link-terms.ts';
import { pageUses, type PageGlossaryUses } from './link-report.ts';
import type { Glossary, GlossaryEntry } from './glossary.ts';

export const DIFFICULT_WORDS_PLACEHOLDER = '<falc-mots-difficiles></falc-mots-difficiles>';

/** Id of a word's first use on a FALC page, the target of « Revenir au texte ». */
export const useId = (entry: { id: string }) => `emploi-${entry.id}`;

/** Is this form of an acronym entry the acronym itself (MDPH), not the words it stands for? */
export function isAbbreviation(entry: Pick<GlossaryEntry, 'sigle' | 'developpe'>, form: string): boolean {
  return entry.sigle && entry.developpe !== undefined && form.toLocaleLowerCase('fr') !== entry.developpe.toLocaleLowerCase('fr');
}

const abbr = (text: string, expansion: string) => `<abbr title="${escapeHtml(expansion)}">${escapeHtml(text)}</abbr>`;

export function difficultWordsSection(entries: readonly GlossaryEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries
    .map((e) => {
      const lines = e.falc.trim().split(/\n+/).map((l) => escapeHtml(l.trim())).join('<br>');
      // The word in the accessible name: each « Revenir au texte » of the list says where it goes (FALC has no hidden
      // text). Interface, not text: kept out of the search index.
      const label = `${tf('difficultWords.back')} : ${e.terme}`;
      const back = `<a class="difficult-words__back" href="#${useId(e)}" aria-label="${escapeHtml(label)}" data-pagefind-ignore>${escapeHtml(tf('difficultWords.back'))}</a>`;
      return `<dt id="mot-${e.id}">${escapeHtml(e.terme)}</dt><dd>${lines}<br>${back}</dd>`;
    })
    .join('');
  return (
    // The body div spans the whole section (no pictogram): direct children would fall into the pictogram column.
    `<section class="difficult-words falc-section" aria-labelledby="mots-difficiles"><div class="falc-section__body">` +
    `<h2 id="mots-difficiles">${escapeHtml(tf('difficultWords.title'))}</h2>` +
    `<p>${escapeHtml(tf('difficultWords.intro'))}</p><dl>${items}</dl></div></section>`
  );
}

/** Where a word's first use links: the glossary page (standard version), its explanation lower on the page (FALC). */
const standardHref = (entry: GlossaryEntry) => `${urls.glossaire()}#${entry.id}`;
const falcHref = (entry: GlossaryEntry) => `#mot-${entry.id}`;

function renderStandard(mark: Mark<GlossaryEntry>): string | undefined {
  if (mark.kind === 'acronym') return abbr(mark.text, mark.expansion);
  const { match, first } = mark;
  const { entry } = match;
  const marked = isAbbreviation(entry, match.form) ? abbr(match.text, entry.developpe!) : undefined;
  if (!first) return marked;
  return `<a class="glossary-link" href="${standardHref(entry)}">${marked ?? escapeHtml(match.text)}</a>`;
}

function renderFalc(mark: Mark<GlossaryEntry>): string | undefined {
  if (mark.kind === 'acronym' || !mark.first) return undefined;
  const { entry, text } = mark.match;
  return `<a class="glossary-link" id="${useId(entry)}" href="${falcHref(entry)}">${escapeHtml(text)}</a>`;
}

/** The glossary pages themselves link no word: every word there is a definition. */
export const isGlossaryPage = (pathname: string) => pathname === urls.glossaire() || pathname === falcUrl(urls.glossaire());

/** The page with its glossary marks, and what they are for the list of links to review (link-report.ts). */
export function applyGlossary(html: string, pathname: string, glossary: Glossary): { html: string; uses: PageGlossaryUses } {
  const falc = isFalcPath(pathname);
  if (isGlossaryPage(pathname)) return { html: html.replace(DIFFICULT_WORDS_PLACEHOLDER, ''), uses: { linked: [], rejected: [] } };
  const result = linkGlossaryTerms(html, glossary.find, falc ? renderFalc : renderStandard, glossary.names);
  return {
    html: result.html.replace(DIFFICULT_WORDS_PLACEHOLDER, falc ? difficultWordsSection(result.used) : ''),
    uses: pageUses(result, falc ? falcHref : standardHref),
  };
}
