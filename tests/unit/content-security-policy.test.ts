import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withContentSecurityPolicy } from '../../src/lib/content-security-policy.ts';

describe('withContentSecurityPolicy', () => {
  it('allows the page’s own inline styles by hash, never unsafe-inline, and no other origin', () => {
    const css = 'body{color:#111}';
    const html = withContentSecurityPolicy(`<html><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`);
    const hash = createHash('sha256').update(css).digest('base64');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toBe(
      `default-src 'self'; script-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; style-src 'self' 'sha256-${hash}'`,
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });
});

describe('inline scripts', () => {
  const policyOf = (html: string) =>
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(withContentSecurityPolicy(html))?.[1] ?? '';
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('allows an inline script by its hash only, and not a script loaded from a file', () => {
    const inline = 'document.documentElement.setAttribute("data-theme","sombre")';
    const policy = policyOf(`<html><head><meta charset="utf-8"><script>${inline}</script><script type="module" src="/_astro/a.js"></script></head></html>`);
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${hash(inline)}`);
  });

  it('adds wasm-unsafe-eval on the search pages only', () => {
    expect(policyOf('<html><head><meta charset="utf-8"></head><body><form data-recherche></form></body></html>')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policyOf('<html><head><meta charset="utf-8"></head><body></body></html>')).not.toContain('wasm');
  });

  it('never allows a script that was changed after the hash was computed', () => {
    const policy = policyOf('<html><head><meta charset="utf-8"><script>a()</script></head></html>');
    expect(policy).toContain(hash('a()'));
    expect(policy).not.toContain(hash('a();'));
  });
});
