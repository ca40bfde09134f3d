/**
 * Results remembered between builds (issue 20): the page transforms and the glossary's link list. A result computed
 * from the same inputs and the same code is read back instead of computed again; any change to an input or to the
 * code computes it again; after a build, the results it did not use are removed.
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

/** Gets a result through the cache and says whether it was computed. */
function run(root: string, parts: string[]) {
  let computed = false;
  const result = resultCache('pages', root).get(parts, () => ((computed = true), parts.join('|').toUpperCase()));
  return { result, computed };
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
});
