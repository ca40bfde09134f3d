/**
 * Tests that start a Node process (a CLI of scripts/, a build) give it, and
 * themselves, explicit time limits: CI runs on a busy 2-core machine where
 * starting Node 24 and loading the project's modules can take several seconds,
 * well over Vitest's default 5 s per test.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

/** Per-test limit for a test that runs one or a few short CLI processes. */
export const CLI_TEST_TIMEOUT = 120_000;

/** The process itself is killed a little before the test's own limit, so the failure names the process. */
const PROCESS_TIMEOUT = 100_000;

export interface RunNodeOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs `node <script> …args` with this test run's Node (the project's Node 24). */
export function runNode(script: string, args: string[] = [], options: RunNodeOptions = {}): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env,
    encoding: 'utf8',
    timeout: PROCESS_TIMEOUT,
    killSignal: 'SIGKILL',
  });
  if (result.error) throw new Error(`${script} did not finish: ${result.error.message}`);
  return result;
}
