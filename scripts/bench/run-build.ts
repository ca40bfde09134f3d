/**
 * Runs `astro build` (or a script of the project, such as `scripts/build.ts`,
 * what `npm run build` runs) in a project folder as a child process and measures it:
 * wall time (from spawn to exit) and peak RSS of the whole process tree as
 * reported by GNU time (`/usr/bin/time -v`, "Maximum resident set size", which
 * is the largest process of the tree: the Node process running Astro, or Pagefind),
 * the highest sum of all the tree's processes at once (tree-memory.ts), and CPU time (user + system of the whole tree). Without GNU time, the
 * peak RSS comes from `process.resourceUsage()` of a small wrapper that waits
 * for the build (`getrusage(RUSAGE_CHILDREN)`, same meaning).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { htmlFiles } from '../../src/lib/built-pages.ts';
import { buildEnv } from '../../src/lib/build/build-env.ts';
import { parseStepCpu } from '../../src/lib/build/step-cpu.ts';
import { watchTreeMemory, type TreeMemoryPeak } from './tree-memory.ts';

export interface BuildRun {
  wallMs: number;
  peakRssMb: number;
  /** Highest resident memory of all the build's processes at once (tree-memory.ts); undefined without /proc. */
  peakTreeMb?: number;
  /** The processes at that moment, largest first. */
  peakProcesses?: TreeMemoryPeak['processes'];
  pages: number;
  /** Astro's own "N page(s) built in X s", when printed. */
  astroSeconds?: number;
  /** User + system CPU time of the build (GNU time only). */
  cpuSeconds?: number;
  /** CPU seconds of each step, as `npm run build -- --details` prints them (step-cpu.ts); undefined for plain Astro. */
  stepCpuSeconds?: Record<string, number>;
  /** Phases printed by Astro, in seconds: content sync, page rendering, image optimisation. */
  phases: { sync?: number; render?: number; images?: number; ogCards?: number; ogDrawn?: number };
  /** Time Astro reports for each page it renders (`├─ /x/index.html (+8ms)`). */
  pageTimes: { path: string; ms: number }[];
  ok: boolean;
  output: string;
}

const GNU_TIME = '/usr/bin/time';
const WRAPPER = `
const { spawnSync } = require('node:child_process');
const r = spawnSync(process.argv[1], process.argv.slice(2), { stdio: 'inherit' });
process.stderr.write('Maximum resident set size (kbytes): ' + process.resourceUsage().maxRSS + '\\n');
process.exit(r.status ?? 1);
`;

/** The HTML pages of a build's output folder (0 when there is none). */
function builtPages(dist: string): number {
  return existsSync(dist) ? htmlFiles(dist).length : 0;
}

export function parseDuration(text: string): number | undefined {
  const clean = text.replace(/\.$/, '');
  const m = clean.match(/^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
}

export function runBuild(
  dir: string,
  options: { extraArgs?: string[]; nodeOptions?: string; env?: Record<string, string>; script?: string } = {},
): Promise<BuildRun> {
  const node = join(dir, 'node_modules/.bin/node');
  const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
  const command = options.script ? [node, options.script, ...(options.extraArgs ?? [])] : [node, astro, 'build', ...(options.extraArgs ?? [])];
  const [file, args] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-v', ...command]]
    : [process.execPath, ['-e', WRAPPER, ...command]];
  // As a production build, even when a test runner runs it (src/lib/build/build-env.ts).
  const env: NodeJS.ProcessEnv = { ...buildEnv(), NO_COLOR: '1', FORCE_COLOR: '0' };
  // As `npm run` does: the project's tools (astro, pagefind) first on the PATH.
  if (options.script) env.PATH = `${join(dir, 'node_modules/.bin')}${delimiter}${env.PATH ?? ''}`;
  if (options.nodeOptions) env.NODE_OPTIONS = options.nodeOptions;
  Object.assign(env, options.env);
  const start = performance.now();
  return new Promise((resolveRun) => {
    const child = spawn(file, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const treeMemory = watchTreeMemory(child.pid!);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const peakTree = treeMemory.stop();
      const rssKb = Number(output.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
      /** Astro prints `850ms`, `12.34s` or `1m 20s`. */
      const seconds = (m: RegExpMatchArray | null) => (m ? parseDuration(m[1]!) : undefined);
      const user = output.match(/User time \(seconds\): ([\d.]+)/);
      const system = output.match(/System time \(seconds\): ([\d.]+)/);
      const built = output.match(/(\d+) page\(s\) built in (\S+(?: \d+s)?)/);
      const steps = parseStepCpu(output);
      resolveRun({
        wallMs,
        peakRssMb: rssKb / 1024,
        peakTreeMb: peakTree?.mb,
        peakProcesses: peakTree?.processes,
        // `npm run build` shows Astro's line only with --details: else, the pages found in dist/.
        pages: built ? Number(built[1]) : builtPages(join(dir, 'dist')),
        astroSeconds: built ? parseDuration(built[2]!) : undefined,
        cpuSeconds: user && system ? Number(user[1]) + Number(system[1]) : undefined,
        stepCpuSeconds: steps && Object.fromEntries(steps),
        phases: {
          sync: seconds(output.match(/\[types\] Generated (\S+(?: \d+s)?)/)),
          render: seconds(output.match(/generating static routes[\s\S]*?✓ Completed in (\S+(?: \d+s)?)/)),
          images: seconds(output.match(/generating optimized images[\s\S]*?✓ Completed in (\S+(?: \d+s)?)/)),
          ogCards: Number(output.match(/Images de partage : \d+ dessinée\(s\), \d+ reprise\(s\) de la construction précédente \(([\d.]+) s\)/)?.[1] ?? Number.NaN) || undefined,
          ogDrawn: Number(output.match(/Images de partage : (\d+) dessinée\(s\)/)?.[1] ?? Number.NaN),
        },
        pageTimes: [...output.matchAll(/[├└]─ (\/\S*) \(\+(\S+?)\)/g)].flatMap((m) => {
          const ms = parseDuration(m[2]!);
          return ms === undefined ? [] : [{ path: m[1]!, ms: ms * 1000 }];
        }),
        ok: code === 0,
        output,
      });
    });
  });
}
