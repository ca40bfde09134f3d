/**
 * The site's build into a folder: Astro, then the Pagefind search index of each
 * version (search-index.ts; written under `pagefind/`, loaded by readers only when they search).
 *
 * Each tool runs in its own process group, so that `stopBuild()` (on Ctrl+C or
 * when the build is killed) stops it together with every process it started:
 * none is left running to write a site later.
 */
import { fileURLToPath } from 'node:url';
import { processGroups } from '../process-groups.ts';
import { searchIndexRuns } from './search-index.ts';
import { buildEnv } from './build-env.ts';

const ASTRO_BUILD = fileURLToPath(new URL('./astro-build.ts', import.meta.url));

const tools = processGroups();

function run(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = tools.start(command, args, { stdio: 'inherit', env: buildEnv() });
    if (!child) return resolve(false);
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0 && !tools.stopping));
  });
}

/** Runs the commands one after the other, each once the previous one succeeded. */
async function runEach(commands: readonly (readonly [string, string[]])[]): Promise<boolean> {
  for (const [command, args] of commands) if (!(await run(command, args))) return false;
  return true;
}

/** `details`: Astro's full output (a line per page built) instead of its warnings and errors only. */
export async function buildSite(outDir: string, { details = false }: { details?: boolean } = {}): Promise<boolean> {
  return (
    (await run(process.execPath, [ASTRO_BUILD, outDir, ...(details ? ['--details'] : [])])) &&
    (await runEach(searchIndexRuns(outDir).map((args) => ['pagefind', args] as const)))
  );
}

/** Stops the running tool and all its processes (its whole group), and starts no other; resolves when they are gone. */
export function stopBuild(signal: NodeJS.Signals): Promise<void> {
  return tools.stop(signal);
}
