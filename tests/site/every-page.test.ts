/** What every built page must hold, whatever its type. */
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { createHash } from 'node:crypto';
import { toString } from 'hast-util-to-string';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { $, $$, DIST, allPages, resolves, text } from './dist.ts';
import { BOOTSTRAP_SCRIPT } from '../../src/lib/display-settings.ts';

const pages = allPages();

describe.each(pages.map((p) => [p.url, p] as const))('%s', (_url, p) => {
  it('is in French, with a title, a description and a viewport', () => {
    expect($(p.tree, 'html')?.properties.lang).toBe('fr');
    expect(text($(p.tree, 'title'))).not.toBe('');
    expect($(p.tree, 'meta[name="description"]')?.properties.content).toBeTruthy();
    expect($(p.tree, 'meta[name="viewport"]')).toBeDefined();
  });

  it('loads every image, stylesheet and script it names from dist/, as a server decoding addresses with decodeURI finds them', () => {
    // Astro's preview (and other static servers) decode an address with decodeURI, which leaves `%2C` and the other
    // reserved characters encoded: `/pictogrammes/help_%2C_to.svg` was found by nginx, not there.
    const addresses = [
      ...$$(p.tree, 'img[src], script[src]').map((e) => String(e.properties.src)),
      ...$$(p.tree, 'link[href]').filter((e) => ['stylesheet', 'icon', 'manifest'].some((rel) => String(e.properties.rel).includes(rel))).map((e) => String(e.properties.href)),
    ].filter((address) => address.startsWith('/') && !address.startsWith('//'));
    expect(addresses.filter((address) => !existsSync(join(DIST, decodeURI(address.split(/[?#]/)[0]!))))).toEqual([]);
  });

  it('has one h1 and no skipped heading level', () => {
    expect($$(p.tree, 'h1')).toHaveLength(1);
    const levels = $$(p.tree, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `titre ${i}`).toBeLessThanOrEqual(1);
  });

  it('has the landmarks: header, labelled navigation, main, footer', () => {
    expect($$(p.tree, 'body > header')).toHaveLength(1);
    expect($$(p.tree, 'body > main#contenu')).toHaveLength(1);
    expect($$(p.tree, 'body > footer')).toHaveLength(1);
    for (const nav of $$(p.tree, 'nav')) {
      expect(nav.properties.ariaLabel ?? nav.properties.ariaLabelledBy, 'nav sans nom').toBeTruthy();
    }
  });

  it('starts with the skip link, which targets main', () => {
    const focusable = $$(p.tree, 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
    const first = focusable[0] as Element;
    expect(first.properties.href).toBe('#contenu');
    expect(text(first)).toBe('Aller au contenu');
  });

  it('carries a strict Content-Security-Policy that allows its own styles by hash only', () => {
    const policy = String($(p.tree, 'head meta[http-equiv="Content-Security-Policy"]')?.properties.content ?? '');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    for (const style of $$(p.tree, 'style')) {
      const hash = createHash('sha256').update(toString(style)).digest('base64');
      expect(policy).toContain(`'sha256-${hash}'`);
    }
  });

  it('runs only the display-settings bootstrap inline, first in <head>, allowed by its hash; modules only where needed', () => {
    const scripts = $$(p.tree, 'script') as Element[];
    const inline = scripts.filter((s) => s.properties.src === undefined);
    expect(inline.map((s) => toString(s))).toEqual([BOOTSTRAP_SCRIPT]);
    // Before any style and before <body>: it runs before the first paint, so a saved theme never flashes.
    const headChildren = ($(p.tree, 'head')!.children as Element[]).filter((c) => c.type === 'element');
    const bootstrapAt = headChildren.indexOf(inline[0]!);
    expect(headChildren.findIndex((c) => c.tagName === 'style')).toBeGreaterThan(bootstrapAt);
    const policy = String($(p.tree, 'head meta[http-equiv="Content-Security-Policy"]')?.properties.content ?? '');
    const hash = createHash('sha256').update(BOOTSTRAP_SCRIPT).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    // Modules (deferred, never blocking): read aloud on FALC pages, the form's own on the search and settings pages.
    const modules = scripts.filter((s) => s.properties.src !== undefined);
    const expected = [
      ...(p.url.startsWith('/facile-a-lire/') ? ['ReadAloud'] : []),
      ...(/\/recherche\/$/.test(p.url) ? ['SearchForm'] : []),
      ...(/\/parametres-affichage\/$/.test(p.url) ? ['DisplaySettingsForm'] : []),
    ];
    expect(modules.map((s) => s.properties.type)).toEqual(expected.map(() => 'module'));
    expect(modules.map((s) => /^\/_astro\/(\w+)\./.exec(String(s.properties.src))?.[1]).sort()).toEqual(expected.sort());
    for (const el of $$(p.tree, '[src], link[href]')) {
      const url = String(el.properties.src ?? el.properties.href);
      if (el.tagName === 'link' && el.properties.rel && String(el.properties.rel).includes('canonical')) continue;
      expect(url, el.tagName).not.toMatch(/^(https?:)?\/\//);
    }
  });

  it('links only to pages and anchors that exist', () => {
    for (const a of $$(p.tree, 'a[href]')) {
      const href = String(a.properties.href);
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const absolute = href.startsWith('#') ? `${p.url}${href}` : href;
      expect(resolves(absolute), href).toBe(true);
    }
  });

  it('uses French spacing: no plain space before ; ! ? or inside « »', () => {
    // Raw text: \s would also match the no-break spaces this test wants to see.
    const body = toString($(p.tree, 'body')!);
    expect(body.match(/.{0,30}\u0020[;!?].{0,10}/g) ?? []).toEqual([]);
    expect(body.match(/.{0,30}(«\u0020|\u0020»).{0,10}/g) ?? []).toEqual([]);
  });
});

describe('the site', () => {
  it('builds every standard page: 40 ambitions, 3 pactes, 4 thematiques and the general pages', () => {
    const urls = pages.map((p) => p.url).filter((u) => !u.startsWith('/facile-a-lire/'));
    expect(urls.filter((u) => /\/ambition-\d+\/$/.test(u))).toHaveLength(40);
    expect(urls.filter((u) => ['/solidarites-territoriales/', '/reussites-citoyennes/', '/solidarites-humaines/'].includes(u))).toHaveLength(3);
    expect(urls.filter((u) => u.startsWith('/thematiques/'))).toHaveLength(4);
    for (const u of ['/', '/edito/', '/sommaire/', '/plan-du-site/', '/glossaire/', '/404.html']) expect(urls).toContain(u);
  });
});
