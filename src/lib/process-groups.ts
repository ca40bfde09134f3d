/**
 * Child processes that must not outlive an interrupted command (Ctrl+C, or
 * SIGTERM sent to the command only, as a stopped CI job or a closed terminal
 * does). Each one starts in its own process group, so that `stop()` ends it
 * together with every process it started (Astro's workers, pa11y-ci's Chromium):
 * none is left running, to publish a site or fill reports/ later.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface ProcessGroups {
  /** Starts `command` in its own process group; undefined once stopping: nothing new starts then. */
  start(command: string, args: readonly string[], options?: SpawnOptions): ChildProcess | undefined;
  readonly stopping: boolean;
  /** Sends `signal` to every running group and starts no other; resolves when their leaders are gone. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

export function processGroups(): ProcessGroups {
  const running = new Set<ChildProcess>();
  let stopping = false;
  return {
    get stopping() {
      return stopping;
    },
    start(command, args, options = {}) {
      if (stopping) return undefined;
      const child = spawn(command, args, { ...options, detached: true });
      running.add(child);
      child.once('exit', () => running.delete(child));
      child.once('error', () => running.delete(child));
      return child;
    },
    async stop(signal) {
      stopping = true;
      await Promise.all([...running].map((child) => new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        try {
          process.kill(-child.pid!, signal);
        } catch {
          resolve(); // Already gone.
        }
      })));
    },
  };
}
