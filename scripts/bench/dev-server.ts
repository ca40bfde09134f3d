/**
 * What an editor waits for with `npm run dev` (issue 20), on a throw-away copy
 * of the project: the time from starting the preview to its first page served,
 * then, save after save of an ambition's text, the time from the save to the
 * page served with the new text (what the browser shows once it reloads).
 * Printed numbers only: no timed test depends on them.
 *   ./node_modules/.bin/node scripts/bench/dev-server.ts [saves]
 * Also run by `npm run bench` (section 5).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { freePort } from '../lib/free-port.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processGroups } from '../../src/lib/process-groups.ts';
import { urls } from '../../src/lib/urls.ts';
import { copyProject } from './temp-project.ts';

/** Generous: a cold start on a busy 2-core machine bundles and syncs everything first. */
const START_LIMIT_MS = 180_000;
const REFRESH_LIMIT_MS = 60_000;
const POLL_MS = 100;

export interface DevServerTimes {
  /** From starting `astro dev` to the home page served. */
  firstPageMs: number;
  /** From each save to the page served with the saved text. */
  refreshMs: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** The page's HTML once the server answers it with status 200 and `until` holds, polling; throws after `limitMs`. */
async function pageWhen(url: string, until: (html: string) => boolean, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  for (;;) {
    try {
      const response = await fetch(url);
      const html = await response.text();
      if (response.ok && until(html)) return;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) throw new Error(`La page ${url} n’est pas venue en ${limitMs / 1000} s.`);
    await sleep(POLL_MS);
  }
}

/**
 * `project`: the project folder to preview (a scaling copy of the bench, with its generated ambitions), kept as found;
 * without it, a throw-away copy of this project. `startLimitMs`: how long the first page may take.
 */
export async function measureDevServer(saves = 5, { project: dir, startLimitMs = START_LIMIT_MS }: { project?: string; startLimitMs?: number } = {}): Promise<DevServerTimes> {
  const project = dir === undefined ? copyProject('.') : { dir, remove: () => {} };
  const tools = processGroups();
  let restore: (() => void) | undefined;
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const start = performance.now();
    const astro = join(project.dir, 'node_modules/astro/bin/astro.mjs');
    tools.start(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project.dir,
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    await pageWhen(`${origin}/`, () => true, startLimitMs);
    const firstPageMs = performance.now() - start;

    const file = join(project.dir, 'content/ambitions/st-01.md');
    const page = `${origin}${urls.ambition({ id: 'st-01', data: { pacte: 'solidarites-territoriales', numero: 1 } })}`;
    await pageWhen(page, () => true, startLimitMs);
    const original = readFileSync(file, 'utf8');
    restore = () => writeFileSync(file, original);
    const refreshMs: number[] = [];
    for (let n = 1; n <= saves; n++) {
      // A new word in the body, as an editor's correction: one word the page did not have.
      const marker = `Mesure${n}banc`;
      const saved = performance.now();
      writeFileSync(file, original.replace('Depuis toujours', `${marker}. Depuis toujours`));
      await pageWhen(page, (html) => html.includes(marker), REFRESH_LIMIT_MS);
      refreshMs.push(performance.now() - saved);
    }
    return { firstPageMs, refreshMs };
  } finally {
    await tools.stop('SIGTERM');
    restore?.();
    project.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const times = await measureDevServer(Number(process.argv[2] ?? 5));
  const sorted = [...times.refreshMs].sort((a, b) => a - b);
  console.log(`Aperçu (npm run dev) : première page servie en ${(times.firstPageMs / 1000).toFixed(1)} s`);
  console.log(`Enregistrement → page à jour : médiane ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms (${sorted.map((ms) => Math.round(ms)).join(', ')} ms)`);
}
