/**
 * For tests of commands that start other processes (the build starts Astro and
 * Pagefind, the audit pa11y-ci and Chromium): run a command of a throw-away copy
 * of the project in the background, signal it, wait for it, and see from /proc
 * which processes are still running. Linux only, as CI.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Checks `condition` every `intervalMs` until it holds or `timeoutMs` has passed; says whether it held. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, intervalMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) return false;
    await sleep(intervalMs);
  }
  return true;
}

export interface ProcessInfo {
  pid: number;
  parent: number;
  /** Start time in clock ticks since boot: a pid and its start time name one process, even if the pid is reused. */
  started: string;
}

/** Every process of the machine. */
export function processTable(): ProcessInfo[] {
  return pids().flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name, in parentheses, may hold spaces: the fields are counted after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return [{ pid, parent: Number(fields[1]), started: fields[19]! }];
    } catch {
      return []; // Ended meanwhile.
    }
  });
}

/** Processes whose working directory is `dir` or inside it (what a command of a project copy starts), with their command line. */
export function processesIn(dir: string): { pid: number; command: string }[] {
  return pids().flatMap((pid) => {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd !== dir && !cwd.startsWith(`${dir}/`)) return [];
      return [{ pid, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') }];
    } catch {
      return []; // Ended meanwhile, or not ours to read.
    }
  });
}

/** Ends, without waiting, whatever still runs in `dir`: a failed test must not leave work behind for the next one. */
export function killProcessesIn(dir: string): void {
  for (const { pid } of processesIn(dir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export interface RunningCommand {
  pid: number;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  hasExited(): boolean;
  /** Sends `signal` to this process only, as a stopped CI job or a closed terminal does to the command npm runs. */
  kill(signal: NodeJS.Signals): void;
}

/** Runs `node <script> …args` in `dir` with the copy's own Node (the project's Node 24), in the background, without colours. */
export function startNode(dir: string, script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): RunningCommand {
  const child = spawn(join(dir, 'node_modules/.bin/node'), [script, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => ((done = true), resolve(code)));
    // Not started at all (no Node in the copy): said in its output, so that the test's failure shows why.
    child.once('error', (error) => ((output += String(error)), (done = true), resolve(null)));
  });
  return {
    pid: child.pid ?? -1,
    output: () => output,
    exited,
    hasExited: () => done,
    kill: (signal) => void child.kill(signal),
  };
}

function pids(): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
}
