/**
 * pa11y-ci (both runners, axe and HTML_CodeSniffer, WCAG2AA, Debian's Chromium)
 * on every URL of the sitemap plus the built pages the sitemap leaves out (the
 * 404 pages). Settings: `.pa11yci.json`; the URLs and the project's Chromium (scripts/lib/chromium.ts) are
 * added to a copy of it.
 *
 * pa11y-ci runs in child processes, spawned asynchronously: the static server
 * lives in this process and must keep answering. Its own `concurrency` above 1
 * makes pages fail with "Protocol error (Target.closeTarget)" on this Chromium,
 * so the URLs are split between a few pa11y-ci processes, one page at a time each.
 */
import { processGroups } from '../../src/lib/process-groups.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Violation } from './types.ts';

interface Pa11yIssue {
  code: string;
  type: string;
  message: string;
  selector?: string;
  context?: string;
  runner?: string;
  runnerExtras?: { helpUrl?: string };
}

interface Pa11yReport {
  total: number;
  passes: number;
  errors: number;
  results: Record<string, Array<Pa11yIssue | { message: string }>>;
}

export interface Pa11yOutcome {
  /** URLs whose result is a list of issues (possibly empty). */
  checked: string[];
  violations: Violation[];
  errors: string[];
}

function isIssue(item: Pa11yIssue | { message: string }): item is Pa11yIssue {
  return 'code' in item;
}

/** Each pa11y-ci in its own process group: an interrupted audit stops it with its Chromium (stopPa11yCi). */
const pa11yRuns = processGroups();

/** The settings written for each running pa11y-ci: removed when it ends, or when the audit is interrupted. */
const settingsFiles = new Set<string>();

export async function stopPa11yCi(signal: NodeJS.Signals): Promise<void> {
  await pa11yRuns.stop(signal);
  for (const file of settingsFiles) rmSync(file, { force: true });
}

function runOne(configFile: string, bin: string, log: (line: string) => void): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = pa11yRuns.start(bin, ['--config', configFile, '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    if (!child?.stdout || !child.stderr) return resolve({ code: -1, stdout: '', stderr: 'audit interrompu' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      log(chunk.toString().trimEnd());
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: stderr + String(error) }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function runPa11yCi(options: {
  origin: string;
  paths: string[];
  shards: number;
  workDir: string;
  log?: (line: string) => void;
}): Promise<Pa11yOutcome> {
  const { origin, paths, workDir } = options;
  const log = options.log ?? (() => {});
  const base = JSON.parse(readFileSync('.pa11yci.json', 'utf8')) as { defaults: Record<string, unknown>; urls?: string[] };
  const shards = Math.max(1, Math.min(options.shards, paths.length));
  const groups = Array.from({ length: shards }, (_, i) => paths.filter((_, j) => j % shards === i));
  mkdirSync(workDir, { recursive: true });
  const bin = join('node_modules', '.bin', 'pa11y-ci');

  const runs = await Promise.all(
    groups.map((group, i) => {
      const file = join(workDir, `pa11yci-${i + 1}.json`);
      const defaults = { ...base.defaults, concurrency: 1, chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS } };
      writeFileSync(file, JSON.stringify({ defaults, urls: group.map((p) => origin + p) }, null, 2));
      settingsFiles.add(file);
      return runOne(file, bin, log).finally(() => {
        rmSync(file, { force: true });
        settingsFiles.delete(file);
      });
    }),
  );

  const outcome: Pa11yOutcome = { checked: [], violations: [], errors: [] };
  runs.forEach((run, i) => {
    let report: Pa11yReport;
    try {
      report = JSON.parse(run.stdout) as Pa11yReport;
    } catch {
      outcome.errors.push(
        `pa11y-ci (lot ${i + 1}) n’a pas rendu de rapport JSON (code de sortie ${run.code}) : ${run.stderr.trim().split('\n').slice(-3).join(' ') || 'aucun message'}`,
      );
      return;
    }
    for (const [url, items] of Object.entries(report.results)) {
      const path = url.startsWith(origin) ? url.slice(origin.length) : url;
      const failures = items.filter((item) => !isIssue(item));
      if (failures.length > 0) {
        outcome.errors.push(`${path} : pa11y-ci n’a pas pu tester la page (${failures.map((f) => f.message).join(' ; ')})`);
        continue;
      }
      outcome.checked.push(path);
      for (const issue of items.filter(isIssue)) {
        outcome.violations.push({
          outil: 'pa11y-ci',
          page: path,
          regle: `${issue.runner ?? '?'}:${issue.code}`,
          message: issue.message,
          cible: issue.selector || issue.context?.slice(0, 120),
          aide: issue.runnerExtras?.helpUrl,
        });
      }
    }
  });
  return outcome;
}
