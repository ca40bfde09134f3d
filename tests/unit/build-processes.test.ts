/**
 * `npm run build` leaves nothing running when it exits: every process it started
 * (Astro, Pagefind, their workers) is gone once it has returned, and none was
 * left to end alone by the step that started it (Pagefind's program, killed by
 * its API without being waited for, did: its CPU time escaped the bench). Run
 * twice on a throw-away copy of the project; the second run also shows the content
 * check remembered from the first (src/lib/build/content-check-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { killProcessesIn, processesIn, processTable, sleep, startNode } from '../helpers/processes.ts';

/** Its command line, or its name while it is ending (a process that has exited has no command line left). */
const commandOf = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim() || stat.slice(stat.indexOf('('), stat.lastIndexOf(')') + 1);
  } catch {
    return '(fini)';
  }
};

/**
 * Runs the build as `npm run build` does, follows every process it starts, and lists those still running after it
 * exited, and those seen running after their parent had ended (left to end alone, outside the build's count).
 */
async function buildAndFollow(dir: string): Promise<{ code: number | null; output: string; started: number; survivors: string[]; orphans: string[] }> {
  const build = startNode(dir, 'scripts/build.ts', [], { OG_IMAGES: '0' });
  const family = new Map<number, { started: string; parent: number }>([[build.pid, { started: '', parent: process.pid }]]);
  const orphans = new Set<string>();
  while (!build.hasExited()) {
    for (const p of processTable()) {
      const known = family.get(p.pid);
      if (!known && family.has(p.parent)) family.set(p.pid, { started: p.started, parent: p.parent });
      else if (known && known.started === p.started && p.parent !== known.parent) orphans.add(`${p.pid} ${commandOf(p.pid)}, lancé par ${commandOf(known.parent)}`);
    }
    await sleep(50);
  }
  const result = { code: await build.exited, output: build.output(), started: family.size - 1 };
  await sleep(2000); // Time for a process that is ending anyway.
  const alive = processTable().filter((p) => p.pid !== build.pid && family.get(p.pid)?.started === p.started);
  const survivors = [...alive.map((p) => String(p.pid)), ...processesIn(dir).map(({ pid }) => `${pid} (dans le dossier)`)];
  return { ...result, survivors, orphans: [...orphans] };
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
    expect(first.orphans).toEqual([]);
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
