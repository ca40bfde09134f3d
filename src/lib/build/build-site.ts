/**
 * The steps of `npm run build`, each a process of its own: the content check
 * (content-check-step.ts), then the site's build into a folder: Astro, the
 * social cards (social-cards.ts), then the Pagefind search index of each version
 * (search-index.ts; written under `pagefind/`, loaded by readers only when they search).
 *
 * Each tool runs in its own process group, so that `stopBuild()` (on Ctrl+C or
 * when the build is killed) stops it together with every process it started:
 * none is left running to write a site later.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processGroups } from '../process-groups.ts';
import { indexIsReusable, reuseIndex, searchIndexRuns, writePartsLists, type SearchIndexRun } from './search-index.ts';
import { buildEnv } from './build-env.ts';
import { VERSION_NAME } from '../../i18n/version.ts';
import { StepCpu } from './step-cpu.ts';

const ASTRO_BUILD = fileURLToPath(new URL('./astro-build.ts', import.meta.url));
const SEARCH_INDEX_PART = fileURLToPath(new URL('./search-index-part.ts', import.meta.url));
const CONTENT_CHECK_STEP = fileURLToPath(new URL('./content-check-step.ts', import.meta.url));
const SOCIAL_CARDS = fileURLToPath(new URL('./social-cards.ts', import.meta.url));
/**
 * When memory is plentiful, V8 lets a heap grow a lot before collecting it, and Astro leaves garbage behind every
 * page it draws: at 4 000 ambitions (8 262 pages) its process held 1 123 MB while less than 200 MB was alive.
 * A heap that grows by 25 % at most between collections: 931 MB, for the same CPU time (42 s against 43 s).
 */
const ASTRO_NODE_FLAGS = ['--heap-growing-percent=25'];

const tools = processGroups();

/** CPU time of each step run so far by this process (`npm run build -- --details` prints it). */
export const stepCpu = new StepCpu();
/** The content check's name among the steps (the bench reads its CPU time by this name). */
export const CHECK_STEP = 'vérification du contenu';

/** Runs the step `name`; `input`: what it reads on its standard input (else it reads nothing). */
function run(name: string, command: string, args: string[], input?: string): Promise<boolean> {
  return stepCpu.measure(name, () => new Promise((resolve) => {
    const child = tools.start(command, args, { stdio: [input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'], env: buildEnv() });
    if (!child) return resolve(false);
    if (input !== undefined) child.stdin!.end(input);
    child.on('error', (error) => {
      // Not started at all (not installed, or run outside `npm run`, which puts the project's tools on the PATH).
      console.error(`Impossible de lancer ${command} : ${error.message}. Lancez la construction avec « npm run build ».`);
      resolve(false);
    });
    child.on('exit', (code) => resolve(code === 0 && !tools.stopping));
  }));
}

/** « version complète, version facile à lire (2 parties sur 3) »: the versions whose index was kept, whole or in part. */
function describeReused(runs: SearchIndexRun[], reused: SearchIndexRun[]): string {
  return Object.entries(VERSION_NAME).flatMap(([version, name]) => {
    const kept = reused.filter((run) => run.version === version).length;
    const all = runs.filter((run) => run.version === version).length;
    return kept === 0 ? [] : kept === all ? [name] : [`${name} (${kept} ${kept > 1 ? 'parties' : 'partie'} sur ${all})`];
  }).join(', ');
}

/**
 * Each version's search index, part after part; a part whose pages did not change keeps `previous`'s.
 * `maxPages`: pages per part at most (search-index.ts).
 */
export async function indexSearch(outDir: string, previous: string | undefined, maxPages?: number): Promise<boolean> {
  const reused: SearchIndexRun[] = [];
  const previousRuns = previous && existsSync(previous) ? searchIndexRuns(previous, maxPages) : [];
  const runs = searchIndexRuns(outDir, maxPages);
  for (const index of runs) {
    if (previous && indexIsReusable(index, outDir, previous, previousRuns)) {
      reuseIndex(index, outDir, previous);
      reused.push(index);
    } else if (!(await run('index de recherche', process.execPath, [SEARCH_INDEX_PART, outDir], JSON.stringify(index)))) return false;
  }
  writePartsLists(outDir, runs);
  if (reused.length > 0) console.log(`Index de recherche repris de la construction précédente (ses pages n’ont pas changé) : ${describeReused(runs, reused)}.`);
  return true;
}

/** The social cards' step; `OG_IMAGES=0` skips it without starting it (the scaling bench and some tests: not their concern). */
async function socialCards(outDir: string): Promise<boolean> {
  if (process.env.OG_IMAGES !== '0') return run('images de partage', process.execPath, [SOCIAL_CARDS, outDir]);
  console.log('Images de partage non produites (OG_IMAGES=0).');
  return true;
}

/** The content check, in its own process (content-check-step.ts): true when it found no error. */
export function checkContent(): Promise<boolean> {
  return run(CHECK_STEP, process.execPath, [CONTENT_CHECK_STEP]);
}

/**
 * `details`: Astro's full output (a line per page built) instead of its warnings and errors only.
 * `previous`: the site the last build published, whose search indexes can be kept.
 */
export async function buildSite(outDir: string, { details = false, previous }: { details?: boolean; previous?: string } = {}): Promise<boolean> {
  return (
    (await run('Astro', process.execPath, [...ASTRO_NODE_FLAGS, ASTRO_BUILD, outDir, ...(details ? ['--details'] : [])])) &&
    (await socialCards(outDir)) &&
    (await indexSearch(outDir, previous))
  );
}

/** Stops the running tool and all its processes (its whole group), and starts no other; resolves when they are gone. */
export function stopBuild(signal: NodeJS.Signals): Promise<void> {
  return tools.stop(signal);
}
