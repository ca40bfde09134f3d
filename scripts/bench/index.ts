/**
 * `npm run bench [-- --quick] [-- --runs=3] [-- --scaling-runs=1] [-- --sizes=40,400,4000]`
 *
 * 1. Build of the real site, in a temporary copy of the project (the real dist/
 *    is not touched): wall time, peak RSS, CPU time, pages, cost per page;
 *    median of `--runs` builds (3).
 * 2. Scaling: synthetic reports of N ambitions with their FALC twins (N = 40,
 *    400, 4 000; `--quick`: 40 and 400), each built in its own temporary copy:
 *    cost per page (wall and rendering phase) and peak RSS. Targets: ≤ 2 GB RSS
 *    at N = 4 000 and a cost per page at N = 4 000 ≤ 1.5 × the one at N = 40.
 * 3. Page weight of the real site, per page type: min / median / max of HTML,
 *    CSS, images and total, and the ratio to the page's text (gzip level 9).
 * 4. FALC linter throughput (scripts/bench-falc.ts, words per second).
 *
 * Prints tables and writes reports/bench.json. Peak RSS comes from GNU time
 * (`/usr/bin/time -v`) around the build process: see run-build.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { copyProject } from './temp-project.ts';
import { generateReport } from './synthetic.ts';
import { runBuild, type BuildRun } from './run-build.ts';
import { GZIP_LEVEL, gzipSize, htmlFiles, measureSite, pageType, summarise, urlOfFile } from './page-weight.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const runs = Number(option('runs') ?? 3);
const scalingRuns = Number(option('scaling-runs') ?? 1);
/** Social cards cost the same for every page (and are cached): left out of the scaling builds unless asked. */
const scalingEnv: Record<string, string> = args.includes('--with-og') ? {} : { OG_IMAGES: '0' };
const sizes = (option('sizes') ?? (quick ? '40,400' : '40,400,4000')).split(',').map(Number);
const RSS_LIMIT_MB = 2048;
const COST_RATIO_LIMIT = 1.5;

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
  msPerPage: number;
  renderMsPerPage?: number;
  phases: BuildRun['phases'];
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

async function buildMedian(dir: string, count: number, label: string, env: Record<string, string> = {}): Promise<BuildSummary> {
  const results: BuildRun[] = [];
  for (let i = 0; i < count; i++) {
    log(`  ${label} : construction ${i + 1}/${count}…`);
    const run = await runBuild(dir, { env });
    if (!run.ok) throw new Error(`La construction a échoué (${label}) :\n${run.output.slice(-4000)}`);
    results.push(run);
  }
  const pages = results[0]!.pages;
  const wallS = median(results.map((r) => r.wallMs)) / 1000;
  const cpu = results.every((r) => r.cpuSeconds !== undefined) ? median(results.map((r) => r.cpuSeconds!)) : undefined;
  const render = results.every((r) => r.phases.render !== undefined) ? median(results.map((r) => r.phases.render!)) : undefined;
  const pick = (k: keyof BuildRun['phases']) => (results.every((r) => r.phases[k] !== undefined) ? median(results.map((r) => r.phases[k]!)) : undefined);
  return {
    runs: count,
    pages,
    wallS,
    cpuS: cpu,
    peakRssMb: median(results.map((r) => r.peakRssMb)),
    msPerPage: (wallS * 1000) / pages,
    renderMsPerPage: render === undefined ? undefined : (render * 1000) / pages,
    phases: { sync: pick('sync'), render, images: pick('images') },
    pageMs: pageTimesByType(results[0]!.pageTimes),
    slowest: [...results[0]!.pageTimes].sort((a, b) => b.ms - a.ms).slice(0, 5),
    all: results.map((r) => ({ wallS: r.wallMs / 1000, peakRssMb: r.peakRssMb, cpuS: r.cpuSeconds, ogCardsS: r.phases.ogCards, ogDrawn: r.phases.ogDrawn })),
  };
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

// 2. Scaling.
log('2. Montée en charge');
const scaling: (BuildSummary & { ambitions: number; heaviest: { url: string; gzip: number }; over14k: number })[] = [];
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
  try {
    const { ambitions } = generateReport(project.dir, n);
    const summary = await buildMedian(project.dir, scalingRuns, `N = ${n}`, scalingEnv);
    scaling.push({ ambitions, ...summary, ...heaviestPages(join(project.dir, 'dist')) });
  } finally {
    project.remove();
  }
}
const base = scaling.find((s) => s.ambitions === 40) ?? scaling[0]!;
const largest = scaling.at(-1)!;
/** Cost of each page added since the previous size: constant if the build is linear. */
const previous = (s: (typeof scaling)[number]) => scaling[scaling.indexOf(s) - 1];
const marginal = (s: (typeof scaling)[number]) => {
  const p = previous(s);
  return p ? ((s.wallS - p.wallS) * 1000) / (s.pages - p.pages) : undefined;
};
const marginalCpu = (s: (typeof scaling)[number]) => {
  const p = previous(s);
  return p && s.cpuS !== undefined && p.cpuS !== undefined ? ((s.cpuS - p.cpuS) * 1000) / (s.pages - p.pages) : undefined;
};
report.scaling = {
  runs: scalingRuns,
  results: scaling.map((s) => ({ ...s, marginalMsPerPage: marginal(s), marginalCpuMsPerPage: marginalCpu(s) })),
  targets: {
    rssLimitMb: RSS_LIMIT_MB,
    costRatioLimit: COST_RATIO_LIMIT,
    largest: largest.ambitions,
    rssOk: largest.peakRssMb <= RSS_LIMIT_MB,
    costRatio: largest.msPerPage / base.msPerPage,
    renderCostRatio: largest.renderMsPerPage && base.renderMsPerPage ? largest.renderMsPerPage / base.renderMsPerPage : undefined,
    /** Ambition pages: Astro's time per page at the largest N ÷ at N = 40 (an O(N) step inside a page shows here). */
    ambitionPageRatio: largest.pageMs.ambition && base.pageMs.ambition ? largest.pageMs.ambition / base.pageMs.ambition : undefined,
    falcAmbitionPageRatio:
      largest.pageMs['ambition (FALC)'] && base.pageMs['ambition (FALC)'] ? largest.pageMs['ambition (FALC)'] / base.pageMs['ambition (FALC)'] : undefined,
  },
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
  `\n## 2. Montée en charge (${scalingRuns} construction${scalingRuns > 1 ? 's, médiane' : ''} par taille` +
    `${scalingEnv.OG_IMAGES === '0' ? ', sans les cartes OG : --with-og pour les inclure' : ''})\n`,
);
out.push(
  table(
    scaling.map((s) => ({
      ambitions: s.ambitions,
      pages: s.pages,
      'durée (s)': fmt(s.wallS, 1),
      'CPU (s)': fmt(s.cpuS, 1),
      'RSS max (Mo)': fmt(s.peakRssMb),
      'ms / page': fmt(s.msPerPage, 2),
      'rendu ms / page': fmt(s.renderMsPerPage, 2),
      'ms / page en plus': fmt(marginal(s), 2),
      'CPU ms / page': fmt(s.cpuS === undefined ? undefined : (s.cpuS * 1000) / s.pages, 2),
      'CPU ms / page en plus': fmt(marginalCpu(s), 2),
      'synchro contenu (s)': fmt(s.phases.sync, 1),
      'rendu (s)': fmt(s.phases.render, 1),
      'page la plus lourde (kB gzip)': `${kB(s.heaviest.gzip)} ${s.heaviest.url}`,
      'pages > 14 kB': s.over14k,
    })),
  ),
);
out.push('\nTemps de rendu par page selon Astro (médiane par type, ms) et pages les plus lentes :\n');
const typeKeys = ['ambition', 'ambition (FALC)', 'pacte', 'pacte (FALC)', 'sommaire', 'sommaire (FALC)', 'plan du site', 'plan du site (FALC)', 'thematique', 'glossaire'];
out.push(
  table(
    scaling.map((s) => ({
      ambitions: s.ambitions,
      ...Object.fromEntries(typeKeys.map((k) => [k, fmt(s.pageMs[k], 0)])),
      'plus lentes': s.slowest.slice(0, 3).map((p) => `${routeOf(p.path)} ${fmt(p.ms)}`).join(', '),
    })),
  ),
);
const targets = report.scaling as {
  targets: { costRatio: number; renderCostRatio?: number; rssOk: boolean; ambitionPageRatio?: number; falcAmbitionPageRatio?: number };
};
out.push(
  `\nN = ${largest.ambitions} : RSS max ${fmt(largest.peakRssMb)} Mo (objectif ≤ ${RSS_LIMIT_MB} : ${targets.targets.rssOk ? 'atteint' : 'NON atteint'}) ; ` +
    `coût par page ${fmt(targets.targets.costRatio, 2)} × celui de N = ${base.ambitions} (objectif ≤ ${COST_RATIO_LIMIT} : ${targets.targets.costRatio <= COST_RATIO_LIMIT ? 'atteint' : 'NON atteint'}) ; ` +
    `rendu seul ${fmt(targets.targets.renderCostRatio, 2)} × ; une page d'ambition ${fmt(targets.targets.ambitionPageRatio, 2)} ×, ` +
    `une page d'ambition FALC ${fmt(targets.targets.falcAmbitionPageRatio, 2)} ×.`,
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
out.push('Écrit : reports/bench.json');
process.stdout.write(out.join('\n') + '\n');
