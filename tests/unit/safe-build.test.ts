import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeBuild } from '../../src/lib/build/safe-build.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'construction-'));
  const target = join(root, 'dist');
  mkdirSync(target);
  writeFileSync(join(target, 'index.html'), 'ancien site');
  return { root, target, staging: join(root, '.dist-construction') };
}

describe('safeBuild', () => {
  it('leaves the previous dist/ untouched when the build fails half-way', async () => {
    const { target, staging } = project();
    const ok = await safeBuild({
      target, staging,
      build: async (out) => {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), 'moitié de site');
        return false;
      },
    });
    expect(ok).toBe(false);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('ancien site');
    expect(existsSync(staging)).toBe(false);
  });

  it('leaves it untouched when the build throws', async () => {
    const { target, staging } = project();
    await expect(safeBuild({ target, staging, build: async () => { throw new Error('boum'); } })).rejects.toThrow('boum');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('ancien site');
    expect(existsSync(staging)).toBe(false);
  });

  it('swaps the new site in when the build succeeds', async () => {
    const { root, target, staging } = project();
    const ok = await safeBuild({
      target, staging,
      build: async (out) => {
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), 'nouveau site');
        return true;
      },
    });
    expect(ok).toBe(true);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('nouveau site');
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(join(root, 'dist.precedent'))).toBe(false);
  });
});
