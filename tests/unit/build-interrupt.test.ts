/**
 * `npm run build` interrupted (issue 15): signalling only the build script (npm's
 * child), as a stopped CI job or a closed terminal does, must stop Astro with
 * all its processes, remove the half-built folder and leave dist/ as it was.
 * On a throw-away copy of the project; the signal is sent once Astro runs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { killProcessesIn, processesIn, sleep, startNode, waitUntil } from '../helpers/processes.ts';

let project: TempProject | undefined;
afterEach(() => {
  if (project) killProcessesIn(project.dir);
  project?.remove();
});

describe.each(['SIGTERM', 'SIGINT'] as const)('the build, sent %s while Astro runs', (signal) => {
  it('stops Astro and every process it started, and leaves dist/ unchanged', async () => {
    project = copyProject('.');
    const dir = project.dir;
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), 'le site publié');
    const build = startNode(dir, 'scripts/build.ts', [], { OG_IMAGES: '0' });

    // Astro is running once the build has announced it (Astro itself prints only warnings and errors) and has had a few seconds to start.
    await waitUntil(() => /Construction du site par Astro/.test(build.output()), 150_000, 100);
    expect(build.output()).toMatch(/Construction du site par Astro/);
    await sleep(5000);
    const astro = processesIn(dir).filter(({ pid }) => pid !== build.pid);
    expect(astro.length).toBeGreaterThan(0);
    build.kill(signal);

    expect(await build.exited).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(build.output()).toContain('La construction est interrompue. Le site déjà publié dans dist/ n’a pas changé.');
    expect(processesIn(dir)).toEqual([]);
    // Nothing writes the site later either.
    await sleep(3000);
    expect(processesIn(dir)).toEqual([]);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['index.html']);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('le site publié');
    expect(existsSync(join(dir, '.dist-construction'))).toBe(false);
  }, 240_000);
});
