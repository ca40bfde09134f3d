/**
 * `npm run build` leaves nothing running when it exits (issue 20): every process
 * it started (Astro, Pagefind, their workers) is gone once it has returned. Run
 * twice on a throw-away copy of the project; the second run also shows the content
 * check remembered from the first (src/lib/build/content-check-cache.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { killProcessesIn, processesIn, processTable, sleep, startNode } from '../helpers/processes.ts';

/** Runs the build as `npm run build` does, follows every process it starts, and lists those still running after it exited. */
async function buildAndFollow(dir: string): Promise<{ code: number | null; output: string; started: number; survivors: string[] }> {
  const build = startNode(dir, 'scripts/build.ts', [], { OG_IMAGES: '0' });
  const family = new Map<number, string>([[build.pid, '']]);
  while (!build.hasExited()) {
    for (const p of processTable()) if (family.has(p.parent) && !family.has(p.pid)) family.set(p.pid, p.started);
    await sleep(50);
  }
  const result = { code: await build.exited, output: build.output(), started: family.size - 1 };
  await sleep(2000); // Time for a process that is ending anyway.
  const alive = processTable().filter((p) => p.pid !== build.pid && family.get(p.pid) === p.started);
  const survivors = [...alive.map((p) => String(p.pid)), ...processesIn(dir).map(({ pid }) => `${pid} (dans le dossier)`)];
  return { ...result, survivors };
}

let project: TempProject | undefined;
afterEach(() => {
  if (project) killProcessesIn(project.dir);
  project?.remove();
});

describe('npm run build', () => {
  it('leaves no process running when it exits, and says when the content check is unchanged', async () => {
    project = copyProject('.');
    const first = await buildAndFollow(project.dir);
    expect(first.code, first.output.slice(-3000)).toBe(0);
    expect(first.started).toBeGreaterThan(0); // Astro and Pagefind were followed.
    expect(first.survivors).toEqual([]);
    expect(first.output).toMatch(/Vérification du contenu : \d+ erreurs?, \d+ avertissements?\./);

    const second = await buildAndFollow(project.dir);
    expect(second.code, second.output.slice(-3000)).toBe(0);
    expect(second.survivors).toEqual([]);
    const warnings = first.output.match(/Vérification du contenu : 0 erreur, (\d+) avertissements?\./)?.[1];
    expect(second.output).toContain(`Vérification du contenu : inchangée depuis la dernière construction (0 erreur, ${warnings} avertissement`);
    // The warnings are printed again, from the cache.
    expect(second.output.split('avertissement  ').length).toBe(first.output.split('avertissement  ').length);
  }, 900_000);
});
