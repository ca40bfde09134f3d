/**
 * `npm run build` interrupted (issue 15): signalling only the build script (npm's
 * child), as a stopped CI job or a closed terminal does, must stop Astro with
 * all its processes, remove the half-built folder and leave dist/ as it was.
 * On a throw-away copy of the project; the signal is sent once Astro runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';

/** Processes whose working directory is inside `dir` (Astro, Pagefind, their workers). */
function processesIn(dir: string): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p)).flatMap((pid) => {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      return cwd === dir || cwd.startsWith(`${dir}/`) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let project: TempProject | undefined;
afterEach(() => {
  for (const pid of project ? processesIn(project.dir) : []) process.kill(pid, 'SIGKILL');
  project?.remove();
});

describe.each(['SIGTERM', 'SIGINT'] as const)('the build, sent %s while Astro runs', (signal) => {
  it('stops Astro and every process it started, and leaves dist/ unchanged', async () => {
    project = copyProject('.');
    const dir = project.dir;
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), 'le site publié');
    const build = spawn(join(dir, 'node_modules/.bin/node'), ['scripts/build.ts'], {
      cwd: dir, env: { ...process.env, OG_IMAGES: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    build.stdout.on('data', (d: Buffer) => (output += d.toString()));
    build.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));

    // Astro is running once the build has announced it (Astro itself prints only warnings and errors) and has had a few seconds to start.
    const started = Date.now();
    while (!/Construction du site par Astro/.test(output) && Date.now() - started < 150_000) await sleep(100);
    expect(output).toMatch(/Construction du site par Astro/);
    await sleep(5000);
    const astro = processesIn(dir).filter((pid) => pid !== build.pid);
    expect(astro.length).toBeGreaterThan(0);
    build.kill(signal);

    expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(output).toContain('La construction est interrompue. Le site déjà publié dans dist/ n’a pas changé.');
    expect(processesIn(dir)).toEqual([]);
    // Nothing writes the site later either.
    await sleep(3000);
    expect(processesIn(dir)).toEqual([]);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('le site publié');
    expect(existsSync(join(dir, '.dist-construction'))).toBe(false);
  }, 240_000);
});
