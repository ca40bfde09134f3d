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
