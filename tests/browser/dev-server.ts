/**
 * `astro dev` on a throw-away copy of the project, on a free port, for the tests
 * of the editors' preview. Its output is kept for the test to read; `stop()`
 * ends the server and every process it started (its own process group).
 */
import { spawn } from 'node:child_process';
import { freePort } from '../../scripts/lib/free-port.ts';
import { join } from 'node:path';

export interface DevServer {
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** The environment without Vitest's marks: Vite and Astro behave differently under test (no server listening). */
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST' && name !== 'NODE_ENV'));
}


/**
 * Starts `astro dev` in `dir` and resolves once its home page answers (or rejects after `timeoutMs`, the
 * server stopped). `answered`: which answer counts (default: a page, 2xx; a test of an error page takes any).
 */
export async function startDevServer(dir: string, timeoutMs: number, answered = (response: Response) => response.ok): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(join(dir, 'node_modules/.bin/node'), [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...outsideVitest(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stop() ends Vite's and Astro's children too.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (!running || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
    try {
      // Anything of the group still alive after the server itself exited.
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the whole group is gone
    }
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running) throw new Error(`astro dev s’est arrêté :\n${output.slice(-3000)}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(30_000) });
      if (answered(response)) return { url, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await stop();
  throw new Error(`astro dev n’a pas répondu en ${timeoutMs / 1000} s :\n${output.slice(-3000)}`);
}
