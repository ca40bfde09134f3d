/**
 * The finished pages' transforms remembered between builds (issue 20): a page rendered the same, with the same
 * glossary, is read back instead of transformed again; any change to the page, its address or the glossary
 * transforms it again; after a build, the results no page used are removed.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TRANSFORM_CACHE, cachedPageTransform, pruneUnused } from '../../src/lib/build/page-transform-cache.ts';

const roots: string[] = [];
/** A project folder with a stand-in for the tool's code (what the key reads of it, not what runs). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'cache-pages-'));
  roots.push(root);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/middleware.ts'), 'export {};\n');
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Runs the cached transform and says whether the transform itself ran. */
function run(root: string, page: { html: string; pathname: string; inputs: string }) {
  let ran = false;
  const html = cachedPageTransform(page, () => ((ran = true), page.html.toUpperCase()), root);
  return { html, ran };
}

describe('page transform cache', () => {
  const page = { html: '<p>bonjour</p>', pathname: '/edito/', inputs: 'glossaire v1' };

  it('reads back the result of a page rendered the same', () => {
    const root = project();
    expect(run(root, page)).toEqual({ html: '<P>BONJOUR</P>', ran: true });
    expect(run(root, page)).toEqual({ html: '<P>BONJOUR</P>', ran: false });
  });

  it('transforms again when the page, its address or the glossary changed', () => {
    const root = project();
    run(root, page);
    expect(run(root, { ...page, html: '<p>salut</p>' })).toEqual({ html: '<P>SALUT</P>', ran: true });
    expect(run(root, { ...page, pathname: '/facile-a-lire/edito/' }).ran).toBe(true);
    expect(run(root, { ...page, inputs: 'glossaire v2' }).ran).toBe(true);
  });

  it('transforms again when the transforms’ code changed', () => {
    const before = project();
    run(before, page);
    const after = project();
    writeFileSync(join(after, 'src/middleware.ts'), 'export const changed = true;\n');
    // Same page, same cache contents, other code: the key differs.
    mkdirSync(join(after, PAGE_TRANSFORM_CACHE), { recursive: true });
    for (const name of readdirSync(join(before, PAGE_TRANSFORM_CACHE))) writeFileSync(join(after, PAGE_TRANSFORM_CACHE, name), 'ancien résultat');
    expect(run(after, page)).toEqual({ html: '<P>BONJOUR</P>', ran: true });
  });

  it('after a build, removes the results no page used', () => {
    const root = project();
    const dir = join(root, PAGE_TRANSFORM_CACHE);
    run(root, page);
    writeFileSync(join(dir, 'ancienne-page.html'), '<p>page retirée</p>');
    pruneUnused(root);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)).not.toContain('ancienne-page.html');
    expect(run(root, page).ran).toBe(false);
  });
});
