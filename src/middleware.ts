/**
 * Runs on every page as it is pre-rendered at build time (and in `npm run dev`):
 * links glossary words, applies French typography, then writes the page's
 * Content-Security-Policy (it hashes the final styles, so it comes last).
 * No code runs on a server or in the reader's browser.
 *
 * These stay here, on the finished page, rather than in the Markdown pipeline, because each needs the whole page:
 * - the glossary links a word's first use *on the page* (a key-figure label or a block read from the front matter
 *   may come before the body), marks an acronym wherever the page spells it out, and writes the FALC page's
 *   « mots difficiles » list from every word the page uses;
 * - the typography applies to every text of the page, from Markdown, front matter fields and components alike;
 * - the security policy hashes the page's final <style> and <script> elements.
 * Their cost is paid once per page *rendering*: a build reuses the previous build's result for every page that
 * Astro rendered the same (src/lib/build/result-cache.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { getGlossary, type Glossary } from './lib/glossary/glossary.ts';
import { readStoredPage, storedPage, transformPage, type TransformedPage } from './lib/page-transforms.ts';
import { PAGE_TRANSFORMS, resultCache } from './lib/build/result-cache.ts';

let glossaryKey: { glossary: Glossary; key: string } | undefined;
/** What the page transforms read besides the page: the glossary's entries and the report's names. */
function glossaryFingerprint(glossary: Glossary): string {
  if (glossaryKey?.glossary !== glossary) glossaryKey = { glossary, key: JSON.stringify([glossary.entries, glossary.names]) };
  return glossaryKey.key;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const glossary = await getGlossary();
  const rendered = await response.text();
  const pathname = context.url.pathname;
  const transform = () => transformPage(rendered, pathname, glossary);
  // A build reuses the previous build's result for a page rendered the same; the preview always transforms.
  let page: TransformedPage;
  if (import.meta.env.DEV) page = transform();
  else {
    let fresh: TransformedPage | undefined;
    const stored = resultCache(PAGE_TRANSFORMS).get([glossaryFingerprint(glossary), pathname, rendered], () => storedPage((fresh = transform())), pathname);
    page = fresh ?? readStoredPage(stored) ?? transform();
  }
  return new Response(page.html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
