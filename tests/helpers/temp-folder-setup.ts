/**
 * Vitest global setup: every temporary folder a test run makes, its own and that of the programs it starts (builds,
 * command-line tools, Chromium), goes in one folder removed when the run ends, passed or failed. Tests that make a
 * folder and stop before removing it (a failed assertion, a timeout) then leave nothing in the machine's /tmp, where a
 * reused machine's disk would fill run after run. `os.tmpdir()` reads TMPDIR, which test workers and every process they
 * start inherit: the workers are created after this setup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'rapport-falc-tests-'));
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // A program a test started may still be writing there as it ends: retry as Node's own test helpers do.
    rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
}
