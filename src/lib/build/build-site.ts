/**
 * The site's build into a folder: Astro, then the Pagefind search index of each
 * version (search-index.ts; written under `pagefind/`, loaded by readers only when they search).
 *
 * Each tool runs in its own process group, so that `stopBuild()` (on Ctrl+C or
 * when the build is killed) stops it together with every process it started:
 * none is left running to write a site later.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processGroups } from '../process-groups.ts';
import { indexIsReusable, reuseIndex, searchIndexRuns } from './search-index.ts';
import { buildEnv } from './build-env.ts';
import { VERSION_NAME } from '../../i18n/version.ts';

const ASTRO_BUILD = fileURLToPath(new URL('./astro-build.ts', import.meta.url));

const tools = processGroups();

function run(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = tools.start(command, args, { stdio: 'inherit', env: buildEnv() });
    if (!child) return resolve(false);
    child.on('error', (error) => {
      // Not started at all (not installed, or run outside `npm run`, which puts the project's tools on the PATH).
      console.error(`Impossible de lancer ${command} : ${error.message}. Lancez la construction avec « npm run build ».`);
      resolve(false);
    });
    child.on('exit', (code) => resolve(code === 0 && !tools.stopping));
  });
}

/** Each version's search index, one after the other; a version whose pages did not change keeps `previous`'s. */
async function indexSearch(outDir: string, previous: string | undefined): Promise<boolean> {
  const reused: string[] = [];
  const previousRuns = previous && existsSync(previous) ? searchIndexRuns(previous) : [];
  for (const index of searchIndexRuns(outDir)) {
    if (previous && indexIsReusable(index, outDir, previous, previousRuns)) {
      reuseIndex(index, outDir, previous);
      reused.push(VERSION_NAME[index.version]);
    } else if (!(await run('pagefind', index.args))) return false;
  }
  if (reused.length > 0) console.log(`Index de recherche repris de la construction précédente (ses pages n’ont pas changé) : ${reused.join(', ')}.`);
  return true;
}

/**
 * `details`: Astro's full output (a line per page built) instead of its warnings and errors only.
 * `previous`: the site the last build published, whose search indexes can be kept.
 */
export async function buildSite(outDir: string, { details = false, previous }: { details?: boolean; previous?: string } = {}): Promise<boolean> {
  return (await run(process.execPath, [ASTRO_BUILD, outDir, ...(details ? ['--details'] : [])])) && (await indexSearch(outDir, previous));
}

/** Stops the running tool and all its processes (its whole group), and starts no other; resolves when they are gone. */
export function stopBuild(signal: NodeJS.Signals): Promise<void> {
  return tools.stop(signal);
}
