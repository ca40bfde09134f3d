/**
 * The bench's memory of a build counts every process of it at once: a child's
 * memory is in its parent's tree.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { treeResidentKb } from '../../scripts/bench/tree-memory.ts';

const HOLD_MB = 80;

describe('treeResidentKb', () => {
  it('adds the memory of a child process to its parent’s tree', async () => {
    // A child that holds HOLD_MB of memory it has written (so resident), says so, then waits to be stopped.
    const child = spawn(process.execPath, ['-e', `globalThis.held = Buffer.alloc(${HOLD_MB} * 1024 * 1024, 1); console.log('ok'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`child ended early (${code})`)));
      });
      const childKb = treeResidentKb(child.pid!);
      expect(childKb).toBeGreaterThan(HOLD_MB * 1024);
      expect(treeResidentKb(process.pid)).toBeGreaterThanOrEqual(childKb + 10 * 1024);
    } finally {
      child.kill();
    }
  }, 60_000);
});
