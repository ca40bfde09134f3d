/**
 * Runs on every page as it is pre-rendered at build time (and in `npm run dev`):
 * links glossary words, applies French typography, then writes the page's
 * Content-Security-Policy (it hashes the final styles, so it comes last).
 * No code runs on a server or in the reader's browser.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './markdown/typeset-html.ts';
import { applyGlossary } from './lib/glossary/apply.ts';
import { getGlossary } from './lib/glossary/glossary.ts';
import { withContentSecurityPolicy } from './lib/content-security-policy.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const glossary = await getGlossary();
  const html = withContentSecurityPolicy(typesetHtml(applyGlossary(await response.text(), context.url.pathname, glossary)));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
