/**
 * Two builds of the same commit are byte-identical: the site holds no build
 * date, no random id, nothing that depends on the machine or the clock.
 * Builds a second time into a temporary folder and compares every file with dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('determinism', () => {
  it('a second build gives the same files, byte for byte', () => {
    const second = join(mkdtempSync(join(tmpdir(), 'deuxieme-construction-')), 'dist');
    const result = spawnSync(process.execPath, ['-e', `import('${resolve('src/lib/build/build-site.ts')}').then(async (m) => process.exit((await m.buildSite(${JSON.stringify(second)})) ? 0 : 1))`], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    const first = files('dist');
    expect(files(second)).toEqual(first);
    const different = first.filter((f) => !readFileSync(join('dist', f)).equals(readFileSync(join(second, f))));
    expect(different).toEqual([]);
  }, 180_000);
});
