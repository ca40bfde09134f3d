/** The test runs' temporary folder: what tests and their programs make in it is gone when the run ends. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import setup from '../helpers/temp-folder-setup.ts';

describe('temporary folder of a test run', () => {
  const before = process.env.TMPDIR;
  afterEach(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  });

  it('gives tests and the programs they start one folder, removed with all it holds at the end', () => {
    const outside = tmpdir();
    const teardown = setup();
    const folder = tmpdir();
    expect(folder).not.toBe(outside);
    expect(process.env.TMPDIR).toBe(folder);
    const left = mkdtempSync(join(tmpdir(), 'cas-'));
    writeFileSync(join(left, 'page.md'), '# laissé par un test\n');
    teardown();
    expect(existsSync(left)).toBe(false);
    expect(existsSync(folder)).toBe(false);
    expect(tmpdir()).toBe(outside);
  });
});
