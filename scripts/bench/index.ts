/**
 * `npm run bench [-- --quick] [-- --runs=3] [-- --scaling-runs=3] [-- --sizes=40,400,4000]`
 *
 * Times what an editor runs, `npm run build` (content check, Astro, Pagefind:
 * scripts/build.ts), each time as after a content change (the remembered
 * content check is dropped first).
 * 1. Build of the real site, in a temporary copy of the project (the real dist/
 *    is not touched): wall time, peak RSS, CPU time, pages, cost per page;
 *    median of `--runs` builds (3).
 * 2. Scaling: synthetic reports of N ambitions with their FALC twins (N = 40,
 *    400, 4 000; `--quick`: 40 and 400), each built in its own temporary copy,
 *    and, in alternating rounds, a plain Astro site built from the same Markdown
 *    (plain-astro.ts): CPU time (user + system) per page of each and their ratio,
 *    peak RSS, the CPU time of each step of the build, a second build of the
 *    project with nothing changed, one after an edit, and the preview (`npm run
 *    dev`) of the same copy. Targets (issue 20): CPU per page ≤ 1.3 × plain
 *    Astro's at N = 40, ≤ 2 × at 4 000; peak RSS ≤ 1.2 GB at 4 000. The bench
 *    says whether each is met, and the floors no build of these pages goes under.
 * 3. Page weight of the real site, per page type: min / median / max of HTML,
 *    CSS, images and total, and the ratio to the page's text (gzip level 9).
 * 4. FALC linter throughput (scripts/bench-falc.ts, words per second).
 * 5. The preview (`npm run dev`) of the real site: first page served after start,
 *    and the time from a save of an ambition to its page served with the new text (dev-server.ts).
 *
 * Prints tables and writes reports/bench.json. Peak RSS comes from GNU time
 * (`/usr/bin/time -v`) around the build process: see run-build.ts.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHECK_MEMO_CACHE, CONTENT_CHECK_CACHE } from '../../src/lib/build/content-check-cache.ts';
import { CHECK_STEP } from '../../src/lib/build/build-site.ts';
import { copyProject, type TempProject } from './temp-project.ts';
import { plainAstroProject } from './plain-astro.ts';
import { generateReport } from './synthetic.ts';
import { runBuild, type BuildRun } from './run-build.ts';
import { GZIP_LEVEL, gzipSize, htmlFiles, measureSite, pageType, summarise, urlOfFile } from './page-weight.ts';
import { measureDevServer } from './dev-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const runs = Number(option('runs') ?? 3);
/** Social cards cost the same for every page (and are cached): left out of the scaling builds unless asked. */
const scalingEnv: Record<string, string> = args.includes('--with-og') ? {} : { OG_IMAGES: '0' };
const sizes = (option('sizes') ?? (quick ? '40,400' : '40,400,4000')).split(',').map(Number);
/**
 * Rounds at each size: `--scaling-runs`, or 3. At 4 000 ambitions one round of the same code measured 92 s of
 * CPU for Astro's step, and 120 s an hour later: a single round says little. The whole bench takes 15 to 30 minutes.
 */
const scalingRounds = Number(option('scaling-runs') ?? 3);
/** Issue 20: CPU per page of the full build ≤ these times plain Astro's, by size; peak memory at 4 000. */
const RATIO_LIMITS: Record<number, number> = { 40: 1.3, 4000: 2 };
const RSS_LIMIT_MB = 1200;
/**
 * Targets proposed instead of the per-page ratio at 40, which fixed costs set (content check, search indexes,
 * start-up): the CPU each added page costs (slope from 400 to 4 000) within 3 × plain Astro's, and the build an
 * editor waits for after changing one page within 2 × plain Astro's rebuild of the same change.
 */
const SLOPE_LIMIT = 3;
const EDIT_LIMIT = 2;
/** Astro's incremental build (src/lib/build/page-keys.ts): dropped before a full build, which must draw every page. */
const ASTRO_INCREMENTAL_CACHE = ['node_modules/.astro/incremental-build.json', 'node_modules/.astro/dist'];
/** Saves of an ambition timed in the preview (sections 2 and 5). */
const DEV_SAVES = 5;
/** The preview of 4 000 ambitions reads every page before its first one: ten minutes at most, on a busy machine. */
const PREVIEW_START_LIMIT_MS = 600_000;
/** Pagefind's command line, as installed in a project (plain Astro's copy links the project's packages). */
const PAGEFIND_CLI = 'node_modules/pagefind/lib/runner/bin.cjs';
/** What `npm run build` runs. */
const BUILD_SCRIPT = 'scripts/build.ts';

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kB = (bytes: number) => fmt(bytes / 1000, 1);
const log = (text: string) => process.stderr.write(`${text}\n`);

function table(rows: Record<string, string | number>[]): string {
  if (rows.length === 0) return '';
  const heads = Object.keys(rows[0]!);
  const cells = rows.map((r) => heads.map((h) => String(r[h] ?? '')));
  const widths = heads.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => '| ' + values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ') + ' |';
  return [line(heads), '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...cells.map(line)].join('\n');
}

interface BuildSummary {
  runs: number;
  pages: number;
  wallS: number;
  cpuS?: number;
  peakRssMb: number;
  /** All the build's processes at once (run-build.ts); undefined without /proc. */
  peakTreeMb?: number;
  /** The processes when the sum was highest, in the run where it was highest: which step sets the memory. */
  peakProcesses?: BuildRun['peakProcesses'];
  msPerPage: number;
  renderMsPerPage?: number;
  phases: BuildRun['phases'];
  /** Median CPU seconds of each step of `npm run build` (step-cpu.ts), when every run printed them. */
  stepCpuS?: Record<string, number>;
  all: { wallS: number; peakRssMb: number; cpuS?: number; ogCardsS?: number; ogDrawn?: number }[];
  /** Astro's time per rendered page, median by page type (first run), and the slowest pages. */
  pageMs: Record<string, number>;
  slowest: { path: string; ms: number }[];
}

/** `/x/ambition-1/index.html` → `/x/ambition-1/`. */
const routeOf = (path: string) => path.replace(/index\.html$/, '');
function pageTimesByType(times: { path: string; ms: number }[]) {
  const groups = new Map<string, number[]>();
  for (const t of times) {
    const { version, type } = pageType(routeOf(t.path));
    const key = version === 'falc' ? `${type} (FALC)` : type;
    groups.set(key, [...(groups.get(key) ?? []), t.ms]);
  }
  return Object.fromEntries([...groups].map(([k, v]) => [k, median(v)]));
}

/**
 * Every `npm run build` of the bench, with `--details`: Astro's own output (pages built, phases, time per page), which
 * `npm run build` hides otherwise. The same arguments each time: measured, a build without them after one with them
 * (or the reverse) has Astro draw every page again. The log level is not in the config hash Astro's incremental build
 * compares; what else differs was not found.
 */
const PROJECT_BUILD_ARGS = ['--details'];

/** `npm run build` in a project copy, as after a content change: the content check remembered by the previous build is dropped. */
async function fullBuild(dir: string, env: Record<string, string> = {}): Promise<BuildRun> {
  // As after a content change: nothing remembered by the previous build (content check, pages to copy), and no previous
  // site, whose search index parts would be kept for pages that did not change (all of them, from one round to the next).
  for (const cache of [CONTENT_CHECK_CACHE, CHECK_MEMO_CACHE, ...ASTRO_INCREMENTAL_CACHE, 'dist']) rmSync(join(dir, cache), { recursive: true, force: true });
  const run = await runBuild(dir, { script: BUILD_SCRIPT, env, extraArgs: PROJECT_BUILD_ARGS });
  if (!run.ok) throw new Error(`La construction a échoué (${dir}) :\n${run.output.slice(-4000)}`);
  return run;
}

async function astroBuild(dir: string): Promise<BuildRun> {
  const run = await runBuild(dir);
  if (!run.ok) throw new Error(`La construction d’Astro seul a échoué (${dir}) :\n${run.output.slice(-4000)}`);
  return run;
}

function summariseRuns(results: BuildRun[]): BuildSummary {
  const pages = results[0]!.pages;
  const wallS = median(results.map((r) => r.wallMs)) / 1000;
  const cpu = results.every((r) => r.cpuSeconds !== undefined) ? median(results.map((r) => r.cpuSeconds!)) : undefined;
  const render = results.every((r) => r.phases.render !== undefined) ? median(results.map((r) => r.phases.render!)) : undefined;
  const pick = (k: keyof BuildRun['phases']) => (results.every((r) => r.phases[k] !== undefined) ? median(results.map((r) => r.phases[k]!)) : undefined);
  return {
    runs: results.length,
    pages,
    wallS,
    cpuS: cpu,
    peakRssMb: median(results.map((r) => r.peakRssMb)),
    peakTreeMb: results.every((r) => r.peakTreeMb !== undefined) ? median(results.map((r) => r.peakTreeMb!)) : undefined,
    peakProcesses: [...results].sort((a, b) => (b.peakTreeMb ?? 0) - (a.peakTreeMb ?? 0))[0]!.peakProcesses,
    msPerPage: (wallS * 1000) / pages,
    renderMsPerPage: render === undefined ? undefined : (render * 1000) / pages,
    phases: { sync: pick('sync'), render, images: pick('images') },
    stepCpuS: medianSteps(results),
    pageMs: pageTimesByType(results[0]!.pageTimes),
    slowest: [...results[0]!.pageTimes].sort((a, b) => b.ms - a.ms).slice(0, 5),
    all: results.map((r) => ({ wallS: r.wallMs / 1000, peakRssMb: r.peakRssMb, cpuS: r.cpuSeconds, ogCardsS: r.phases.ogCards, ogDrawn: r.phases.ogDrawn })),
  };
}

function medianSteps(results: BuildRun[]): Record<string, number> | undefined {
  if (!results.every((r) => r.stepCpuSeconds)) return undefined;
  const names = [...new Set(results.flatMap((r) => Object.keys(r.stepCpuSeconds!)))];
  return Object.fromEntries(names.map((name) => [name, median(results.map((r) => r.stepCpuSeconds![name] ?? 0))]));
}

async function buildMedian(dir: string, count: number, label: string, env: Record<string, string> = {}): Promise<BuildSummary> {
  const results: BuildRun[] = [];
  for (let i = 0; i < count; i++) {
    log(`  ${label} : construction ${i + 1}/${count}…`);
    results.push(await fullBuild(dir, env));
  }
  return summariseRuns(results);
}

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  method: {
    builds: 'astro build in a temporary copy of the project (node_modules symlinked), as a child process',
    peakRss: 'GNU time -v "Maximum resident set size" of the build process',
    wall: 'from spawn to exit, including Node and Astro start-up',
    gzip: `node:zlib level ${GZIP_LEVEL}`,
  },
};

// 1. The real site.
log('1. Site réel');
const real = copyProject('.');
let realBuild: BuildSummary;
let weights: ReturnType<typeof measureSite>;
try {
  realBuild = await buildMedian(real.dir, runs, 'site réel');
  weights = measureSite(join(real.dir, 'dist'));
} finally {
  real.remove();
}
report.realSite = realBuild;

// 2. Scaling, against plain Astro.
log('2. Montée en charge, contre Astro seul');
interface SizeResult {
  ambitions: number;
  project: BuildSummary;
  plain: BuildSummary;
  /** `npm run build` again with nothing changed (content check remembered, Astro's caches warm). */
  second: { wallS: number; cpuS?: number };
  /** Then one ambition's text changed: `npm run build` of the project, `astro build` of plain Astro. */
  afterEdit: { project: { wallS: number; cpuS?: number }; plain: { wallS: number; cpuS?: number } };
  /** Pagefind's command line on plain Astro's site: what any searchable site of these pages pays on top of Astro. */
  plainSearch: { wallS: number; cpuS?: number };
  /** `npm run dev` on the same copy, after the builds: its first page, and each save of an ambition → the page updated. */
  preview: { firstPageMs?: number; refreshMs?: number[]; error?: string };
  heaviest: { url: string; gzip: number };
  over14k: number;
}
const scaling: SizeResult[] = [];
/** The heaviest page (HTML gzip; CSS is inlined) and how many pages pass 14 kB: listings grow with N. */
function heaviestPages(dist: string) {
  let heaviest = { url: '', gzip: 0 };
  let over14k = 0;
  for (const file of htmlFiles(dist)) {
    const gzip = gzipSize(readFileSync(file));
    if (gzip > 14 * 1024) over14k++;
    if (gzip > heaviest.gzip) heaviest = { url: urlOfFile(dist, file), gzip };
  }
  return { heaviest, over14k };
}
for (const n of sizes) {
  const project = copyProject('.');
  let plain: TempProject | undefined;
  try {
    const { ambitions } = generateReport(project.dir, n);
    plain = plainAstroProject(join(project.dir, 'content'));
    const projectRuns: BuildRun[] = [];
    const plainRuns: BuildRun[] = [];
    for (let round = 1; round <= scalingRounds; round++) {
      log(`  N = ${n} : passage ${round}/${scalingRounds}, npm run build…`);
      projectRuns.push(await fullBuild(project.dir, scalingEnv));
      log(`  N = ${n} : passage ${round}/${scalingRounds}, Astro seul…`);
      plainRuns.push(await astroBuild(plain.dir));
    }
    log(`  N = ${n} : index de recherche (Pagefind) du site d’Astro seul…`);
    const plainSearch = await runBuild(plain.dir, { script: join(plain.dir, PAGEFIND_CLI), extraArgs: ['--site', 'dist'] });
    if (!plainSearch.ok) throw new Error(`Pagefind a échoué sur le site d’Astro seul (N = ${n}) :\n${plainSearch.output.slice(-4000)}`);
    log(`  N = ${n} : deuxième construction sans changement…`);
    const again = await runBuild(project.dir, { script: BUILD_SCRIPT, env: scalingEnv, extraArgs: PROJECT_BUILD_ARGS });
    if (!again.ok) throw new Error(`La deuxième construction a échoué (N = ${n}) :\n${again.output.slice(-4000)}`);
    log(`  N = ${n} : construction après la modification d’une ambition…`);
    const edited = editOneAmbition(project.dir, plain.dir);
    const projectEdit = await runBuild(project.dir, { script: BUILD_SCRIPT, env: scalingEnv, extraArgs: PROJECT_BUILD_ARGS });
    if (!projectEdit.ok) throw new Error(`La construction après modification a échoué (N = ${n}, ${edited}) :\n${projectEdit.output.slice(-4000)}`);
    const plainEdit = await astroBuild(plain.dir);
    log(`  N = ${n} : aperçu (npm run dev), première page et enregistrements…`);
    const preview = await measureDevServer(DEV_SAVES, { project: project.dir, startLimitMs: PREVIEW_START_LIMIT_MS }).catch((error: unknown) => ({ error: String(error) }));
    scaling.push({
      ambitions,
      project: summariseRuns(projectRuns),
      plain: summariseRuns(plainRuns),
      second: { wallS: again.wallMs / 1000, cpuS: again.cpuSeconds },
      plainSearch: { wallS: plainSearch.wallMs / 1000, cpuS: plainSearch.cpuSeconds },
      afterEdit: {
        project: { wallS: projectEdit.wallMs / 1000, cpuS: projectEdit.cpuSeconds },
        plain: { wallS: plainEdit.wallMs / 1000, cpuS: plainEdit.cpuSeconds },
      },
      preview,
      ...heaviestPages(join(project.dir, 'dist')),
    });
  } finally {
    project.remove();
    plain?.remove();
  }
}
/** Adds a sentence to the text of the first ambition, in the project copy and in plain Astro's copy of its Markdown. */
function editOneAmbition(projectDir: string, plainDir: string): string {
  const file = readdirSync(join(projectDir, 'content/ambitions')).filter((name) => name.endsWith('.md')).sort()[0]!;
  const sentence = '\n\nUne phrase ajoutée par le banc d’essai.\n';
  appendFileSync(join(projectDir, 'content/ambitions', file), sentence);
  appendFileSync(join(plainDir, 'pages/ambitions', file), sentence);
  return `ambitions/${file}`;
}
const cpuPerPage = (s: BuildSummary) => (s.cpuS === undefined ? undefined : (s.cpuS * 1000) / s.pages);
/** A ratio of two measures, undefined when either is missing (no GNU time). */
const divide = (numerator: number | undefined, denominator: number | undefined) =>
  numerator === undefined || denominator === undefined ? undefined : numerator / denominator;
const ratioOf = (s: SizeResult) => divide(cpuPerPage(s.project), cpuPerPage(s.plain));
/** The whole build's CPU against plain Astro's, on the same Markdown, whatever the pages each makes of it. */
const wholeRatioOf = (s: SizeResult) => divide(s.project.cpuS, s.plain.cpuS);
/**
 * What the per-page ratio would be if the project's build cost exactly plain Astro's: plain Astro makes a page of
 * each Markdown file (each glossary word, each FALC file), the project fewer at small sizes (one glossary page).
 */
const equalCostRatioOf = (s: SizeResult) => s.plain.pages / s.project.pages;
/** The whole build's CPU against plain Astro's build and Pagefind's index of its pages. */
const searchableRatioOf = (s: SizeResult) =>
  divide(s.project.cpuS, s.plain.cpuS === undefined || s.plainSearch.cpuS === undefined ? undefined : s.plain.cpuS + s.plainSearch.cpuS);
/**
 * The least a build of these pages can cost against plain Astro's: plain Astro followed by Pagefind on its pages (any
 * searchable Astro site of the same Markdown), and the same with the project's content check as it is measured. Each
 * assumes the project's Astro step and search index cost no more than plain Astro's and Pagefind's. Whole builds;
 * undefined without the measures.
 */
function floorRatiosOf(s: SizeResult): { searchable?: number; checked?: number } {
  if (s.plain.cpuS === undefined || s.plainSearch.cpuS === undefined) return {};
  const searchable = s.plain.cpuS + s.plainSearch.cpuS;
  const check = s.project.stepCpuS?.[CHECK_STEP];
  return { searchable: searchable / s.plain.cpuS, checked: check === undefined ? undefined : (searchable + check) / s.plain.cpuS };
}
const editRatioOf = (s: SizeResult) => divide(s.afterEdit.project.cpuS, s.afterEdit.plain.cpuS);
/** CPU per added page from one size to the next: what each page costs once fixed costs are paid. */
function slopes() {
  return scaling.slice(1).flatMap((s, i) => {
    const from = scaling[i]!;
    const cpu = (b: BuildSummary) => b.cpuS;
    const [p1, p0, q1, q0] = [cpu(s.project), cpu(from.project), cpu(s.plain), cpu(from.plain)];
    if ([p1, p0, q1, q0].some((v) => v === undefined)) return [];
    const addedPages = s.project.pages - from.project.pages;
    const project = ((p1! - p0!) * 1000) / addedPages;
    const plain = ((q1! - q0!) * 1000) / (s.plain.pages - from.plain.pages);
    // The floors of floorRatiosOf, per added page: what the project's added pages would cost if it cost, in all, plain
    // Astro's CPU, then plain Astro's and Pagefind's, then those and the content check's.
    const floorOf = (extra: (size: SizeResult) => number | undefined) => {
      const [e1, e0] = [extra(s), extra(from)];
      return e1 === undefined || e0 === undefined ? undefined : ((q1! + e1 - (q0! + e0)) * 1000) / addedPages / plain;
    };
    const search = (size: SizeResult) => size.plainSearch.cpuS;
    const check = (size: SizeResult) => size.project.stepCpuS?.[CHECK_STEP];
    const floors = [
      floorOf(() => 0),
      floorOf(search),
      floorOf((size) => (search(size) === undefined || check(size) === undefined ? undefined : search(size)! + check(size)!)),
    ];
    return [{ from: from.ambitions, to: s.ambitions, project, plain, ratio: project / plain, floors }];
  });
}
interface TargetCheck {
  what: string;
  value: string;
  target: string;
  met: boolean;
  /** For a ratio to plain Astro: the same ratio at equal CPU, and its floors (floorRatiosOf), formatted. */
  floors?: string[];
}
/** The issue's targets, checked at the sizes measured, then the proposed ones. */
const checks: TargetCheck[] = [
  ...scaling.flatMap((s) => {
    const limit = RATIO_LIMITS[s.ambitions];
    const ratio = ratioOf(s);
    // Per page, as the ratio: plain Astro makes a page of each Markdown file, the project fewer.
    const perPage = (whole: number | undefined) => (whole === undefined ? undefined : whole * equalCostRatioOf(s));
    const floors = floorRatiosOf(s);
    if (limit === undefined) return [];
    return [{
      what: `CPU par page à N = ${s.ambitions} ÷ Astro seul`,
      value: fmt(ratio, 2),
      target: `≤ ${fmt(limit, 1)}`,
      met: ratio !== undefined && ratio <= limit,
      floors: [perPage(1), perPage(floors.searchable), perPage(floors.checked)].map((f) => fmt(f, 2)),
    }];
  }),
  // The memory the build needs of the machine: all its processes at once when /proc tells it, else the largest one.
  ...scaling.filter((s) => s.ambitions >= 4000).map((s) => {
    const peak = s.project.peakTreeMb ?? s.project.peakRssMb;
    const whose = s.project.peakTreeMb === undefined ? 'le plus gros processus' : 'tous les processus ensemble';
    return { what: `mémoire max à N = ${s.ambitions} (${whose})`, value: `${fmt(peak)} Mo`, target: `≤ ${fmt(RSS_LIMIT_MB)} Mo`, met: peak <= RSS_LIMIT_MB };
  }),
  ...slopes().map((slope) => ({
    what: `(proposé) CPU par page ajoutée, N = ${slope.from} → ${slope.to}, ÷ Astro seul`, value: fmt(slope.ratio, 2), target: `≤ ${fmt(SLOPE_LIMIT)}`, met: slope.ratio <= SLOPE_LIMIT,
    floors: slope.floors.map((f) => fmt(f, 2)),
  })),
  ...scaling.map((s) => {
    const ratio = editRatioOf(s);
    return { what: `(proposé) CPU après une modification à N = ${s.ambitions} ÷ Astro seul`, value: fmt(ratio, 2), target: `≤ ${fmt(EDIT_LIMIT)}`, met: ratio !== undefined && ratio <= EDIT_LIMIT };
  }),
];
report.scaling = {
  rounds: Object.fromEntries(sizes.map((n) => [n, scalingRounds])),
  results: scaling.map((s) => ({ ...s, floorRatios: floorRatiosOf(s), cpuMsPerPage: cpuPerPage(s.project), plainCpuMsPerPage: cpuPerPage(s.plain), ratio: ratioOf(s), wholeRatio: wholeRatioOf(s), searchableRatio: searchableRatioOf(s), equalCostRatio: equalCostRatioOf(s), editRatio: editRatioOf(s) })),
  slopes: slopes(),
  targets: checks,
};

// 3. Page weight.
const types = summarise(weights);
report.pageWeight = types;

// 4. FALC linter.
log('4. Correcteur FALC');
let falc: { wordsPerSecond?: number; output: string };
try {
  const output = execFileSync(process.execPath, ['scripts/bench-falc.ts'], { encoding: 'utf8' });
  const wps = output.match(/soit ([\d\s  ]+) mots par seconde/)?.[1];
  falc = { wordsPerSecond: wps ? Number(wps.replace(/\D/g, '')) : undefined, output: output.trim() };
} catch (error) {
  falc = { output: String(error) };
}
report.falcLint = falc;

// 5. The preview: first page, and save → page with the new text.
log('5. Aperçu (npm run dev)');
let preview: { firstPageMs?: number; refreshMs?: number[]; error?: string };
try {
  preview = await measureDevServer(DEV_SAVES);
} catch (error) {
  preview = { error: String(error) };
}
report.preview = preview;

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2) + '\n');

// Output.
const out: string[] = [];
out.push(`\n## 1. Construction du site réel (médiane de ${runs})\n`);
out.push(
  table([
    {
      pages: realBuild.pages,
      'durée (s)': fmt(realBuild.wallS, 2),
      'CPU (s)': fmt(realBuild.cpuS, 2),
      'RSS max (Mo)': fmt(realBuild.peakRssMb),
      'RSS max, tous processus (Mo)': fmt(realBuild.peakTreeMb),
      'ms / page': fmt(realBuild.msPerPage, 1),
      'rendu ms / page': fmt(realBuild.renderMsPerPage, 2),
      'images (s)': fmt(realBuild.phases.images, 2),
      'passages (s)': realBuild.all.map((r) => fmt(r.wallS, 1)).join(' / '),
      'cartes OG : dessinées en s': realBuild.all.map((r) => `${fmt(r.ogDrawn)} en ${fmt(r.ogCardsS, 1)}`).join(' / '),
    },
  ]),
);
out.push('\nLe 1er passage part d’un cache vide (cartes OG et images toutes produites) ; les suivants réutilisent le cache de la copie.');
out.push(
  `\n## 2. Montée en charge : npm run build contre Astro seul sur le même Markdown ` +
    `(passages alternés, médiane de ${scalingRounds} à chaque taille` +
    `${scalingEnv.OG_IMAGES === '0' ? ' ; sans les cartes OG : --with-og pour les inclure' : ''})\n`,
);
out.push(
  table(
    scaling.map((s) => ({
      ambitions: s.ambitions,
      pages: `${s.project.pages} / ${s.plain.pages}`,
      'CPU (s)': `${fmt(s.project.cpuS, 1)} / ${fmt(s.plain.cpuS, 1)}`,
      'CPU ms / page': `${fmt(cpuPerPage(s.project), 2)} / ${fmt(cpuPerPage(s.plain), 2)}`,
      'rapport CPU / page': fmt(ratioOf(s), 2),
      'rapport CPU total': fmt(wholeRatioOf(s), 2),
      'Pagefind sur Astro seul (CPU s)': fmt(s.plainSearch.cpuS, 1),
      'rapport à Astro + Pagefind': fmt(searchableRatioOf(s), 2),
      'durée (s)': `${fmt(s.project.wallS, 1)} / ${fmt(s.plain.wallS, 1)}`,
      'RSS max (Mo)': `${fmt(s.project.peakRssMb)} / ${fmt(s.plain.peakRssMb)}`,
      'RSS max, tous processus (Mo)': `${fmt(s.project.peakTreeMb)} / ${fmt(s.plain.peakTreeMb)}`,
      '2e construction (s, CPU s)': `${fmt(s.second.wallS, 1)}, ${fmt(s.second.cpuS, 1)}`,
      'après une modification (CPU s)': `${fmt(s.afterEdit.project.cpuS, 1)} / ${fmt(s.afterEdit.plain.cpuS, 1)}`,
      'aperçu : 1re page (s), enregistrement → page (ms)': s.preview.error
        ? 'échec (voir reports/bench.json)'
        : `${fmt((s.preview.firstPageMs ?? 0) / 1000, 1)}, ${fmt(median(s.preview.refreshMs ?? []))}`,
      'page la plus lourde (kB gzip)': `${kB(s.heaviest.gzip)} ${s.heaviest.url}`,
      'pages > 14 kB': s.over14k,
    })),
  ),
);
out.push('\nChaque case : le projet (npm run build : vérification du contenu, Astro, Pagefind) / Astro seul (une collection, une page par fichier Markdown).');
out.push(
  '« rapport CPU / page » compte les pages de chacun : Astro seul fait une page de chaque fichier Markdown, le projet moins ' +
    '(une page pour tout le glossaire). À CPU égal, ce rapport vaudrait déjà ' +
    scaling.map((s) => `${fmt(equalCostRatioOf(s), 2)} à N = ${s.ambitions}`).join(', ') +
    ' ; « rapport CPU total » compare les deux constructions entières du même Markdown ; « rapport à Astro + Pagefind », ' +
    'le projet à Astro seul suivi de l’index de recherche de Pagefind sur ses pages (le projet indexe aussi ses deux versions).',
);
out.push('« RSS max » : le plus gros processus (GNU time) ; « tous processus » : la plus haute somme des processus de la construction à un même instant (relevée toutes les 200 ms).');
for (const s of scaling) {
  const processes = s.project.peakProcesses ?? [];
  if (processes.length > 0) out.push(`Au plus haut à N = ${s.ambitions} (projet) : ${processes.map((p) => `${p.command} ${fmt(p.mb)} Mo`).join(', ')}.`);
}
out.push(`\nTemps de calcul par étape (CPU s, médiane ; npm run build -- --details) :\n`);
const stepNames = [...new Set(scaling.flatMap((s) => Object.keys(s.project.stepCpuS ?? {})))];
const columns = (value: (s: SizeResult) => number | undefined, digits = 1) => Object.fromEntries(scaling.map((s) => [`N = ${s.ambitions}`, fmt(value(s), digits)]));
out.push(
  table([
    ...stepNames.map((name) => ({ étape: `projet : ${name}`, ...columns((s) => s.project.stepCpuS?.[name]) })),
    { étape: 'Astro seul, même Markdown', ...columns((s) => s.plain.cpuS) },
    { étape: 'Pagefind sur les pages d’Astro seul', ...columns((s) => s.plainSearch.cpuS) },
    { étape: 'plancher : Astro seul + Pagefind, ÷ Astro seul', ...columns((s) => floorRatiosOf(s).searchable, 2) },
    { étape: 'plancher : Astro seul + Pagefind + vérification, ÷ Astro seul', ...columns((s) => floorRatiosOf(s).checked, 2) },
  ]),
);
out.push(
  '« plancher » : ce que coûterait le projet si son étape Astro ne coûtait pas plus qu’Astro seul et son index pas plus que ' +
    'Pagefind sur les pages d’Astro seul ; le premier sans vérification du contenu, le second avec elle, telle que mesurée.',
);
out.push('\nLe projet part à chaque passage d’une vérification du contenu à refaire, sans pages à copier ni index de recherche à reprendre ; la 2e construction suit, sans aucun changement,');
out.push('puis une construction après l’ajout d’une phrase au texte d’une ambition (le projet et Astro seul).');
out.push(
  `L’aperçu (npm run dev) est lancé ensuite sur la même copie (les caches de ces constructions présents, comme chez un éditeur qui a déjà construit) : ` +
    `première page servie, puis médiane de ${DEV_SAVES} enregistrements d’une ambition jusqu’à la page servie à jour.`,
);
out.push('\nTemps de rendu par page selon Astro (projet, médiane par type de page, ms) :\n');
// The report's own kinds of page, as measured (another report has other kinds): a list written here named kinds no
// report had. One row per kind: a kind named « 404 » as an object's key would be put first whatever the order.
const typeKeys = [...new Set(scaling.flatMap((s) => Object.keys(s.project.pageMs)))].sort((a, b) => a.localeCompare(b, 'fr'));
out.push(table(typeKeys.map((k) => ({ 'type de page': k, ...Object.fromEntries(scaling.map((s) => [`N = ${s.ambitions}`, fmt(s.project.pageMs[k], 0)])) }))));
for (const s of scaling) out.push(`Plus lentes à N = ${s.ambitions} : ${s.project.slowest.slice(0, 3).map((p) => `${routeOf(p.path)} ${fmt(p.ms)} ms`).join(', ')}.`);
out.push('\nObjectifs (issue 20) :\n');
out.push(
  checks.length
    ? table(checks.map((c) => {
        const [equal = '', searchable = '', checked = ''] = c.floors ?? [];
        return { mesure: c.what, valeur: c.value, objectif: c.target, résultat: c.met ? 'atteint' : 'NON atteint', 'à CPU égal': equal, 'plancher Astro + Pagefind': searchable, 'plancher + vérification': checked };
      }))
    : 'aucun objectif aux tailles mesurées (40 et 4 000).',
);
out.push(
  'Les trois dernières colonnes donnent le rapport par page que vaudrait le projet s’il coûtait, en tout, ce que coûte Astro seul (« à CPU égal » : ' +
    'Astro seul fait plus de pages des mêmes fichiers), puis Astro seul suivi de Pagefind sur ses pages, puis ce dernier plus la vérification du contenu ' +
    'mesurée. Un objectif sous l’un de ces planchers ne peut être atteint par aucune construction qui fait ce qu’il nomme (rendre ces pages, les indexer, les vérifier).',
);
out.push(`\n## 3. Poids des pages (gzip niveau ${GZIP_LEVEL} ; kB = 1 000 octets ; min / médiane / max)\n`);
const mmm = (v: { min: number; median: number; max: number }, f = kB) => `${f(v.min)} / ${f(v.median)} / ${f(v.max)}`;
out.push(
  table(
    types.map((t) => ({
      type: t.type,
      pages: t.pages,
      'HTML gzip': mmm(t.htmlGzip),
      'CSS (fichiers)': mmm(t.cssGzip),
      'dont CSS dans le HTML': mmm(t.inlineCssGzip),
      images: mmm(t.imageBytes),
      total: mmm(t.totalBytes),
      'texte gzip': mmm(t.textGzip),
      'rapport (HTML+CSS) / texte': mmm(t.ratio, (n) => fmt(n, 2)),
    })),
  ),
);
out.push(`\n## 4. Correcteur FALC\n\n${falc.output}\n`);
out.push(`## 5. Aperçu (npm run dev, copie du projet)\n`);
out.push(
  preview.error
    ? `Non mesuré : ${preview.error}`
    : `Première page servie ${fmt((preview.firstPageMs ?? 0) / 1000, 1)} s après le lancement ; enregistrement d’une ambition → page servie à jour : ` +
        `médiane ${fmt(median(preview.refreshMs ?? []))} ms sur ${preview.refreshMs?.length ?? 0} enregistrements.\n`,
);
out.push('Écrit : reports/bench.json');
process.stdout.write(out.join('\n') + '\n');
