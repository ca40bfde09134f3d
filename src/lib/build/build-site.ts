/**
 * The site's build into a folder: Astro, then the Pagefind search index of both
 * versions (written under `pagefind/`, loaded by readers only when they search).
 *
 * Each tool runs in its own process group, so that `stopBuild()` (on Ctrl+C or
 * when the build is killed) stops it together with every process it started:
 * none is left running to write a site later.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();
let stopping = false;

function run(command: string, args: string[]): Promise<boolean> {
  if (stopping) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    running.add(child);
    child.on('error', () => {
      running.delete(child);
      resolve(false);
    });
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code === 0 && !stopping);
    });
  });
}

export async function buildSite(outDir: string): Promise<boolean> {
  return (await run('astro', ['build', '--outDir', outDir])) && (await run('pagefind', ['--site', outDir, '--quiet']));
}

/** Stops the running tool and all its processes (its whole group), and starts no other; resolves when they are gone. */
export async function stopBuild(signal: NodeJS.Signals): Promise<void> {
  stopping = true;
  const exits = [...running].map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid!, signal);
    } catch {
      resolve(); // Already gone.
    }
  }));
  await Promise.all(exits);
}
