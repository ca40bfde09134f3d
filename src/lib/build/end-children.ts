/**
 * Ends the processes a build step's tools started and left running, and waits
 * until they are gone, before the step exits. Pagefind's API kills its program
 * without waiting for it; Vite keeps esbuild's service until the process ends.
 * Left so, each would end alone after the step, outside the build, and its CPU
 * time would count in no one's: the bench measures the processes waited for
 * (`tests/unit/build-processes.test.ts` sees such a process). Linux (/proc);
 * elsewhere there is nothing to read and it returns at once.
 */
import { readFileSync } from 'node:fs';
import { setTimeout } from 'node:timers/promises';

/** This process's children (their pids), or undefined where /proc cannot tell. */
function children(): number[] | undefined {
  try {
    return readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
  } catch {
    return undefined;
  }
}

/** Asks each child to end (SIGTERM), then waits until Node has collected them all, `limitMs` at most. */
export async function endChildren(limitMs = 10_000): Promise<void> {
  for (const pid of children() ?? []) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  for (const deadline = Date.now() + limitMs; Date.now() < deadline; await setTimeout(20)) {
    if ((children()?.length ?? 0) === 0) return;
  }
}
