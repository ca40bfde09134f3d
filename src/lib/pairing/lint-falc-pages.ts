/**
 * The FALC linter on every FALC page of `content/falc/`, as content issues:
 * its errors stop the build, its warnings are printed. With a memo (the dev
 * server, the build), a page is linted again only when its text, its listing or the glossary changed.
 */
import { createFalcLinter, listingTitles, severityOf, type FalcLinter, type LintContext } from '../falc/index.ts';
import { placedSpellings, type PlacedSpelling, type SpelledText } from '../falc/name-spellings.ts';
import type { ContentIssue } from './check-pairs.ts';
import type { ContentFile } from '../../model/content-file.ts';
import { TO_FILL } from '../checks/check-placeholders.ts';
import { fieldsAsWritten } from '../../model/front-matter.ts';
import { digest, keyOf, memoKey, remember, type CheckMemo } from '../checks/check-memo.ts';

/**
 * `pages`: the FALC pages as the content check read them; `glossary`: the
 * glossary's terms. Each page's issues, with the spellings of its names, to
 * compare across texts (`compareNameSpellings`).
 */
export async function lintFalcPages(
  pages: readonly ContentFile[],
  glossary: readonly string[],
  memo?: CheckMemo,
): Promise<Array<SpelledText<ContentIssue[]>>> {
  let linter: FalcLinter | undefined;
  const linterOnce = () => (linter ??= createFalcLinter({ glossary: [...glossary] }));
  const glossaryKey = keyOf(glossary);
  const texts: Array<SpelledText<ContentIssue[]>> = [];
  // A page's listing (the titles of its folder) is read with it: a title changed elsewhere can change its messages.
  // Titles as written, from the headers the check already parsed: not parsed again for every page at each build.
  const listings = listingTitles(pages, (page) => fieldsAsWritten(page.source.doc)?.['titre']);
  // A folder's pages share one listing: hashed once, not once per page (a listing of 1 000 titles, 1 000 times).
  const listingKeys = new Map<readonly string[], string>();
  const listingKey = (listing: readonly string[]) => listingKeys.get(listing) ?? listingKeys.set(listing, keyOf(listing)).get(listing)!;
  for (const page of pages) {
    const listing = listings.get(page.path);
    const key = () => memoKey('lint-falc', page.path, glossaryKey, digest(page.text), listing ? listingKey(listing) : null);
    const first = await remember(memo, key, async () => {
      const { result, spellings } = await lintPage(linterOnce(), page, { listing });
      return { result, spellings: spellings.map(storedSpelling) };
    });
    texts.push({
      result: first.result,
      spellings: first.spellings.map((stored) => placedSpelling(stored, page.path)),
      relint: async (names) => (await lintPage(linterOnce(), page, { listing, names })).result,
    });
  }
  return texts;
}

/**
 * A page's spelling of a name as the memo keeps it, on disk from one build to the next: without the page's path, which
 * every spelling would repeat (at 4 000 ambitions, 32 of the memo's 36 MB, read and written at each build).
 */
type StoredSpelling = [spelling: string, key: string, marked: 0 | 1, line: number, column: number];

const storedSpelling = ({ spelling, key, marked, line, column }: PlacedSpelling): StoredSpelling => [spelling, key, marked ? 1 : 0, line, column];
const placedSpelling = ([spelling, key, marked, line, column]: StoredSpelling, file: string): PlacedSpelling => ({ spelling, key, marked: marked === 1, file, line, column });

async function lintPage(linter: FalcLinter, { path: file, text }: ContentFile, context: LintContext): Promise<{ result: ContentIssue[]; spellings: PlacedSpelling[] }> {
  const lines = text.split('\n');
  const report = await linter.lint(file, text, context);
  const issues: ContentIssue[] = [];
  for (const message of report.messages) {
    // A line still « À COMPLÉTER » is reported once, as text to write, not as bad FALC.
    if (lines[(message.line ?? 0) - 1]?.includes(TO_FILL)) continue;
    issues.push({
      file,
      line: message.line ?? undefined,
      column: message.column ?? undefined,
      severity: severityOf(message),
      message: `${message.reason} (${message.ruleId})`,
      rule: message.ruleId ?? undefined,
    });
  }
  return { result: issues, spellings: placedSpellings(report.file, file) };
}
