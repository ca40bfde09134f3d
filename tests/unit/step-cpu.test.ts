/**
 * The CPU time of each step of `npm run build` (src/lib/build/step-cpu.ts), which `--details` prints and the bench
 * reads to say where a build's time goes: a step's process tree is measured, including a process it waited for.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childrenCpuOfStat, formatStepCpu, parseStepCpu, STEP_CPU_LABEL, StepCpu } from '../../src/lib/build/step-cpu.ts';

/** Node burning `seconds` of CPU in a process it starts and waits for: a step whose work is done by a grandchild, as Pagefind's binary. */
const BURN_IN_GRANDCHILD = (seconds: number) => [
  '-e',
  `require('node:child_process').spawnSync(process.execPath, ['-e', 'const end = process.cpuUsage().user + ${seconds * 1e6}; while (process.cpuUsage().user < end);'], { stdio: 'inherit' })`,
];

function runNode(args: string[]): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, args, { stdio: 'inherit' }).on('exit', resolve));
}

describe('childrenCpuOfStat', () => {
  it('reads cutime and cstime from a stat line whose command name holds spaces and parentheses', () => {
    // proc(5): pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const stat = '4242 (node (a) b) S 1 4242 4242 0 -1 4194560 100 200 0 0 350 40 1234 66 20 0 11 0';
    expect(childrenCpuOfStat(stat)).toBeCloseTo(13.0, 5);
  });

  it('reads nothing from a line cut short', () => {
    expect(childrenCpuOfStat('4242 (node) S 1 4242 4242 0 -1 4194560 100 200 0 0 350 40')).toBeUndefined();
  });
});

describe('StepCpu', () => {
  it.runIf(process.platform === 'linux')(
    'counts the CPU of a step’s whole process tree, and adds up a step run twice',
    async () => {
      const steps = new StepCpu();
      await steps.measure('travail', () => runNode(BURN_IN_GRANDCHILD(0.4)));
      await steps.measure('rien', () => runNode(['-e', '']));
      const once = steps.seconds.get('travail')!;
      // 0.4 s burnt, plus two Node start-ups; on a busy machine the burn takes longer, not more CPU.
      expect(once).toBeGreaterThanOrEqual(0.38);
      expect(once).toBeLessThan(2);
      expect(steps.seconds.get('rien')!).toBeLessThan(once);
      await steps.measure('travail', () => runNode(BURN_IN_GRANDCHILD(0.4)));
      expect(steps.seconds.get('travail')!).toBeGreaterThanOrEqual(once + 0.38);
      expect([...steps.seconds.keys()]).toEqual(['travail', 'rien']);
    },
    60_000,
  );

  it('records a step that failed', async () => {
    const steps = new StepCpu();
    await expect(steps.measure('échec', () => Promise.reject(new Error('arrêt')))).rejects.toThrow('arrêt');
    if (process.platform === 'linux') expect(steps.seconds.has('échec')).toBe(true);
  });
});

describe('formatStepCpu and parseStepCpu', () => {
  it('print the steps in French and read them back', () => {
    const seconds = new Map([['vérification du contenu', 1.94], ['Astro', 1234.5], ['index de recherche', 0.04]]);
    const line = `${STEP_CPU_LABEL} : ${formatStepCpu(seconds)}`;
    expect(line).toBe(`${STEP_CPU_LABEL} : vérification du contenu 1,9 s · Astro 1\u202f234,5 s · index de recherche 0,0 s`);
    expect(parseStepCpu(`Construction…\n${line}\nfin`)).toEqual(new Map([['vérification du contenu', 1.9], ['Astro', 1234.5], ['index de recherche', 0]]));
  });

  it('say nothing when nothing was measured', () => {
    expect(formatStepCpu(new Map())).toBeUndefined();
    expect(parseStepCpu('Construction du site…')).toBeUndefined();
  });
});
