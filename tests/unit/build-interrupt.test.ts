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

    // The signal goes once Astro runs and has started a process of its own (esbuild's service), which must stop too.
    // Watched for, not waited for a set time: on an idle machine the bilan's whole Astro step takes under 5 s, and
    // esbuild runs only for its last 2 (seen: from 4.7 s to 6.3 s after the build's start).
    await waitUntil(() => processesIn(dir).some(({ command }) => command.includes('esbuild')), 150_000, 25);
    expect(build.output()).toMatch(/Construction du site par Astro/);
    expect(processesIn(dir).map(({ command }) => command).join('\n')).toMatch(/astro-build\.ts/);
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
