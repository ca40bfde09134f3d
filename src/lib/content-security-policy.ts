/**
 * The Content-Security-Policy of a page, written into its <head> as a <meta>:
 * nothing from another origin, and inline styles and scripts only by the hash
 * of the page's own <style> and inline <script> elements (no 'unsafe-inline').
 * The only inline script is the display settings' one (src/lib/display-settings.ts).
 * Computed on the finished HTML, so each page carries only its own hashes.
 */
import { createHash } from 'node:crypto';

export const BASE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Pagefind's search runs WebAssembly: allowed ('wasm-unsafe-eval', not 'unsafe-eval') only on the search pages. */
const SEARCH_PAGE = /data-recherche/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the contents of the elements matched (deduplicated, in order). */
function hashesOf(html: string, element: RegExp): string[] {
  return [...new Set([...html.matchAll(element)].map((m) => sha256(m[1] ?? '')))];
}

export function policyFor(html: string): string {
  const scriptHashes = hashesOf(html, /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi);
  const styleHashes = hashesOf(html, /<style\b[^>]*>([\s\S]*?)<\/style>/gi);
  const directives = BASE_DIRECTIVES.map((d) => {
    if (!d.startsWith('script-src')) return d;
    return [d, ...scriptHashes, ...(SEARCH_PAGE.test(html) ? ["'wasm-unsafe-eval'"] : [])].join(' ');
  });
  return [...directives, `style-src 'self' ${styleHashes.join(' ')}`.trim()].join('; ');
}

/** Inserts the policy right after <meta charset>, before any style it governs. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}${meta}`);
}
