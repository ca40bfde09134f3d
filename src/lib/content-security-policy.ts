/**
 * The Content-Security-Policy of a page, written into its <head> as a <meta>:
 * nothing from another origin, no inline script at all, and inline styles only
 * by the hash of the page's own <style> elements (no 'unsafe-inline').
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

export function policyFor(html: string): string {
  const directives = SEARCH_PAGE.test(html)
    ? BASE_DIRECTIVES.map((d) => (d.startsWith('script-src') ? `${d} 'wasm-unsafe-eval'` : d))
    : BASE_DIRECTIVES;
  const hashes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1] ?? '', 'utf8').digest('base64')}'`,
  );
  return [...directives, `style-src 'self' ${[...new Set(hashes)].join(' ')}`.trim()].join('; ');
}

/** Inserts the policy right after <meta charset>, before any style it governs. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}${meta}`);
}
