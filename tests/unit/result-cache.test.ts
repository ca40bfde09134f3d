/**
 * Results remembered between builds: each page's transforms. A result computed
 * from the same inputs and the same code is read back instead of computed again; any change to an input or to the
 * code computes it again; after a build, the results it did not use are removed, except those of the pages it copied.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RESULT_CACHE, resultCache } from '../../src/lib/build/result-cache.ts';

const roots: string[] = [];
/** A project folder with a stand-in for the tool's code (what the key reads of it, not what runs). */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'cache-resultats-'));
  roots.push(root);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/middleware.ts'), 'export {};\n');
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Gets a result through the cache (for the page `slot`, if given) and says whether it was computed. */
function run(root: string, parts: string[], slot?: string) {
  let computed = false;
  const result = resultCache('pages', root).get(parts, () => ((computed = true), parts.join('|').toUpperCase()), slot);
  return { result, computed };
}

/** Two builds of a site of two pages, the edito and the plan: the first draws both, the second the edited plan only. */
function twoBuildsRedrawingPlan(root: string, published: readonly string[]) {
  run(root, ['glossaire v1', '/edito/', '<p>bonjour</p>'], '/edito/');
  run(root, ['glossaire v1', '/plan/', '<p>le plan</p>'], '/plan/');
  resultCache('pages', root).prune(['/edito/', '/plan/']);
  run(root, ['glossaire v1', '/plan/', '<p>le plan revu</p>'], '/plan/');
  return resultCache('pages', root).prune(published);
}

describe('result cache', () => {
  const page = ['glossaire v1', '/edito/', '<p>bonjour</p>'];

  it('reads back the result computed from the same inputs', () => {
    const root = project();
    expect(run(root, page)).toEqual({ result: 'GLOSSAIRE V1|/EDITO/|<P>BONJOUR</P>', computed: true });
    expect(run(root, page)).toEqual({ result: 'GLOSSAIRE V1|/EDITO/|<P>BONJOUR</P>', computed: false });
  });

  it('computes again when any input changed, even when the parts joined read the same', () => {
    const root = project();
    run(root, page);
    expect(run(root, ['glossaire v1', '/edito/', '<p>salut</p>']).computed).toBe(true);
    expect(run(root, ['glossaire v2', '/edito/', '<p>bonjour</p>']).computed).toBe(true);
    expect(run(root, ['glossaire v1', '/edito/<p>', 'bonjour</p>']).computed).toBe(true);
  });

  it('computes again when the code changed', () => {
    const before = project();
    run(before, page);
    const after = project();
    writeFileSync(join(after, 'src/middleware.ts'), 'export const changed = true;\n');
    // The same stored results, under other code: the key differs.
    const [from, to] = [join(before, RESULT_CACHE, 'pages'), join(after, RESULT_CACHE, 'pages')];
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) writeFileSync(join(to, name), 'ancien résultat');
    expect(run(after, page)).toEqual({ result: 'GLOSSAIRE V1|/EDITO/|<P>BONJOUR</P>', computed: true });
  });

  it('after a build, removes the results it did not use', () => {
    const root = project();
    const dir = join(root, RESULT_CACHE, 'pages');
    run(root, page);
    writeFileSync(join(dir, 'ancienne-page.txt'), '<p>page retirée</p>');
    expect(resultCache('pages', root).prune()).toEqual({ reused: 0, computed: 1 });
    expect(readdirSync(dir)).toHaveLength(1);
    expect(run(root, page).computed).toBe(false);
  });

  it('keeps the result of a page the build copied without drawing it, for the next build that draws it', () => {
    const root = project();
    const edito = ['glossaire v1', '/edito/', '<p>bonjour</p>'];
    const plan = ['glossaire v1', '/plan/', '<p>le plan</p>'];
    // A first build draws both pages.
    run(root, edito, '/edito/');
    run(root, plan, '/plan/');
    expect(resultCache('pages', root).prune(['/edito/', '/plan/'])).toEqual({ reused: 0, computed: 2 });
    // The next one draws the edited plan only; the edito is copied as it was, still published.
    run(root, ['glossaire v1', '/plan/', '<p>le plan revu</p>'], '/plan/');
    expect(resultCache('pages', root).prune(['/edito/', '/plan/'])).toEqual({ reused: 0, computed: 1 });
    // A third draws every page again (a setting changed): the edito's result is read back, the old plan's is gone.
    expect(run(root, edito, '/edito/').computed).toBe(false);
    expect(run(root, plan, '/plan/').computed).toBe(true);
    expect(readdirSync(join(root, RESULT_CACHE, 'pages')).filter((name) => name.endsWith('.txt'))).toHaveLength(3);
    expect(resultCache('pages', root).prune(['/edito/', '/plan/'])).toEqual({ reused: 1, computed: 1 });
    expect(readdirSync(join(root, RESULT_CACHE, 'pages')).filter((name) => name.endsWith('.txt'))).toHaveLength(2);
  });

  it('forgets the result of a page no longer published', () => {
    const root = project();
    twoBuildsRedrawingPlan(root, ['/plan/']); // the edito was removed from the site
    expect(run(root, page, '/edito/').computed).toBe(true);
  });

  it('gives, after a build, the result each published page ended with, drawn or copied', () => {
    const root = project();
    twoBuildsRedrawingPlan(root, ['/edito/', '/plan/']);
    const cache = resultCache('pages', root);
    expect(cache.lastResult('/edito/')).toBe('GLOSSAIRE V1|/EDITO/|<P>BONJOUR</P>');
    expect(cache.lastResult('/plan/')).toBe('GLOSSAIRE V1|/PLAN/|<P>LE PLAN REVU</P>');
    expect(cache.lastResult('/autre/')).toBeUndefined();
  });

  it('keeps its id from build to build, and has a new one once its folder is removed', () => {
    const root = project();
    const cache = resultCache('pages', root);
    const id = cache.generation();
    run(root, page, '/edito/');
    cache.prune(['/edito/']);
    expect(cache.generation()).toBe(id);
    rmSync(join(root, RESULT_CACHE), { recursive: true });
    expect(cache.generation()).not.toBe(id);
    expect(cache.lastResult('/edito/')).toBeUndefined();
  });
});
