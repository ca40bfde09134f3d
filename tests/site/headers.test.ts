/**
 * Caching rules of dist/_headers (issue 8), applied to every file of dist/ the
 * way Cloudflare Pages does: every matching rule adds its headers, and a header
 * set by two rules gets both values joined by a comma. Hashed assets must be
 * cached for a year, pages for a few minutes, and no file may get two values.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, urlOf } from './dist.ts';

interface Rule {
  pattern: string;
  headers: [string, string][];
}

function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** Cloudflare Pages / Netlify path matching: one greedy `*` splat, `:name` for one segment. */
function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

function headersFor(rules: Rule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) out.set(name, out.has(name) ? `${out.get(name)}, ${value}` : value);
  }
  return out;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const servedPath = (file: string) => (file.endsWith('.html') ? urlOf(file) : `/${relative(DIST, file).replaceAll('\\', '/')}`);
const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const files = allFiles(DIST).filter((f) => relative(DIST, f) !== '_headers');

describe('dist/_headers', () => {
  it('is copied into dist/', () => {
    expect(existsSync(join(DIST, '_headers'))).toBe(true);
  });

  it('gives every file at most one Cache-Control value (no two rules overlap)', () => {
    const doubled = files
      .map((f) => [servedPath(f), headersFor(rules, servedPath(f)).get('cache-control')] as const)
      .filter(([, value]) => value !== undefined && value.split('max-age').length > 2);
    expect(doubled).toEqual([]);
  });

  it('caches hashed assets in /_astro/ for a year, immutable', () => {
    expect(headersFor(rules, '/_astro/photo.Ab12Cd34_Z1x2y3.avif').get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const f of files.filter((file) => servedPath(file).startsWith('/_astro/'))) {
      expect(headersFor(rules, servedPath(f)).get('cache-control'), servedPath(f)).toContain('immutable');
    }
  });

  it('caches every HTML page for 10 minutes at most, revalidated after', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const f of pages) {
      const value = headersFor(rules, servedPath(f)).get('cache-control') ?? '';
      const maxAge = Number(value.match(/max-age=(\d+)/)?.[1]);
      expect(maxAge, `${servedPath(f)} : ${value}`).toBeLessThanOrEqual(600);
      expect(value, servedPath(f)).toContain('must-revalidate');
    }
  });

  it('gives every page a single Content-Security-Policy header that forbids framing, and leaves the rest to the page’s <meta>', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    for (const f of pages) {
      const csp = headersFor(rules, servedPath(f)).get('content-security-policy') ?? '';
      expect(csp, servedPath(f)).toContain("frame-ancestors 'none'");
      // A second policy joined by a comma would be enforced too; default-src 'none' would break the page.
      expect(csp, servedPath(f)).not.toContain(',');
      expect(csp, servedPath(f)).not.toContain("default-src 'none'");
    }
  });

  it('serves every other file (images, SVG, scripts, sitemap…) with default-src \'none\', so that nothing in it can run when opened', () => {
    const others = files.filter((f) => !f.endsWith('.html'));
    expect(others.some((f) => f.endsWith('.svg'))).toBe(true);
    const loose = others.flatMap((f) => {
      const csp = headersFor(rules, servedPath(f)).get('content-security-policy') ?? '';
      const ok = csp.startsWith("default-src 'none'") && !csp.includes(',') && csp.includes("frame-ancestors 'none'");
      return ok ? [] : [`${servedPath(f)} : ${csp || '(aucune)'}`];
    });
    expect(loose).toEqual([]);
    expect(headersFor(rules, '/_astro/photo.Ab12Cd34.svg').get('content-security-policy')).toContain('sandbox');
  });

  it('tells the browser never to guess a file’s type (nosniff), for every file', () => {
    const sniffed = files.map(servedPath).filter((path) => headersFor(rules, path).get('x-content-type-options') !== 'nosniff');
    expect(sniffed).toEqual([]);
  });

  it('matches paths as the hosts do (self-check)', () => {
    expect(matches('/_astro/*', '/_astro/a.css')).toBe(true);
    expect(matches('/:a/', '/edito/')).toBe(true);
    expect(matches('/:a/', '/_astro/a.css')).toBe(false);
    expect(matches('/:a/:b/', '/og/x.png')).toBe(false);
  });
});
