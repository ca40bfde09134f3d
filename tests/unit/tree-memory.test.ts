/**
 * The bench's memory of a build counts every process of it at once: a child's
 * memory is in its parent's tree.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { totalKb, treeProcesses, watchTreeMemory } from '../../scripts/bench/tree-memory.ts';

const HOLD_MB = 80;

describe('treeProcesses', () => {
  it('adds the memory of a child process to its parent’s tree', async () => {
    // A child that holds HOLD_MB of memory it has written (so resident), says so, then waits to be stopped.
    const script = join(mkdtempSync(join(tmpdir(), 'memoire-')), 'hold-memory.mjs');
    writeFileSync(script, `globalThis.held = Buffer.alloc(${HOLD_MB} * 1024 * 1024, 1); console.log('ok'); setInterval(() => {}, 1000);`);
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`child ended early (${code})`)));
      });
      const childKb = totalKb(treeProcesses(child.pid!));
      expect(childKb).toBeGreaterThan(HOLD_MB * 1024);
      expect(totalKb(treeProcesses(process.pid))).toBeGreaterThanOrEqual(childKb + 10 * 1024);
      // The peak names who held it: the child, by its script's name.
      const peak = watchTreeMemory(process.pid).stop()!;
      expect(peak.mb).toBeGreaterThanOrEqual((childKb + 10 * 1024) / 1024);
      const held = peak.processes.filter((p) => p.mb >= HOLD_MB);
      expect(held.map((p) => p.command)).toContain('hold-memory.mjs');
      expect(peak.processes.map((p) => p.mb)).toEqual([...peak.processes.map((p) => p.mb)].sort((a, b) => b - a));
    } finally {
      child.kill();
    }
  }, 60_000);
});
