/**
 * `npm run lighthouse [-- /autre/page/ …]`: Lighthouse in its default mobile
 * preset (Moto G Power screen, simulated slow 4G: 150 ms RTT, 1.6 Mbps down,
 * CPU slowed 4×) on the built site in dist/, served locally by
 * scripts/audit/server.ts, in Debian's Chromium. Pages: the home page, one
 * ambition and its FALC twin (or the paths given). Prints the four scores and
 * the main metrics; writes reports/lighthouse.json. Run `npm run build` first.
 * Not part of `npm test`: scores depend on the machine's load.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from './audit/server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { readCommandLine } from './lib/command-line.ts';

const PAGES = readCommandLine({ options: {}, positionals: true }).positionals.filter((a) => a.startsWith('/'));
const paths = PAGES.length > 0 ? PAGES : ['/', '/solidarites-territoriales/ambition-1/', '/facile-a-lire/solidarites-territoriales/ambition-1/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync('dist/index.html')) {
  process.stderr.write('dist/ est absent : lancez « npm run build » d’abord.\n');
  process.exit(1);
}

const server = await startStaticServer('dist');
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
const results: Record<string, unknown>[] = [];
try {
  for (const path of paths) {
    process.stderr.write(`Lighthouse ${path}…\n`);
    // Default config = mobile preset, simulated throttling (slow 4G, 4× CPU).
    const run = await lighthouse(`${server.origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Pas de résultat pour ${path}`);
    const { lhr } = run;
    const metric = (id: string) => lhr.audits[id]?.numericValue;
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id} (${a.score})`);
    results.push({
      path,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      speedIndexMs: metric('speed-index'),
      transferBytes: metric('total-byte-weight'),
      failedAudits: failed,
      lighthouse: lhr.lighthouseVersion,
      throttling: lhr.configSettings.throttling,
      formFactor: lhr.configSettings.formFactor,
      warnings: lhr.runWarnings,
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify(results, null, 2) + '\n');
const rows = results.map((r) => [
  String(r.path), String(r.performance), String(r.accessibility), String(r['best-practices']), String(r.seo),
  `${Math.round(Number(r.fcpMs))}`, `${Math.round(Number(r.lcpMs))}`, `${Math.round(Number(r.tbtMs))}`, Number(r.cls).toFixed(3),
  `${(Number(r.transferBytes) / 1000).toFixed(1)}`,
]);
const heads = ['page', 'perf.', 'access.', 'bonnes pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'kB'];
const widths = heads.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ') + ' |';
process.stdout.write(
  [
    `Lighthouse ${String(results[0]?.lighthouse ?? '')}, mobile, 4G lente simulée (150 ms, 1,6 Mbit/s, CPU ÷ 4)\n`,
    line(heads),
    '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
    ...rows.map(line),
    '',
    ...results.filter((r) => (r.failedAudits as string[]).length > 0).map((r) => `${String(r.path)} : audits à revoir : ${(r.failedAudits as string[]).join(', ')}`),
    'Écrit : reports/lighthouse.json',
  ].join('\n') + '\n',
);
