/**
 * Runs on every page as it is pre-rendered at build time (and in `npm run dev`):
 * applies French typography to the finished HTML. No code runs on the server or
 * in the reader's browser.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './markdown/typeset-html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = typesetHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
