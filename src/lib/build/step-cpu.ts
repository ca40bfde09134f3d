/**
 * CPU time of each step of `npm run build`, for `--details` and the bench: the
 * steps run one after the other, each a process of its own, so the CPU its
 * process tree used is how much the CPU time of this process's ended children grew while
 * it ran. Linux gives that growth in /proc/self/stat (`cutime`, `cstime`: the
 * children this process waited for, with the children they waited for), as
 * GNU time does for a whole command; elsewhere, nothing is measured.
 */
import { readFileSync } from 'node:fs';

/** Linux reports these times in USER_HZ, 100 per second on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of the ended children of this process, or undefined off Linux. */
export function endedChildrenCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  return childrenCpuOfStat(stat);
}

/** `cutime` + `cstime` of a `/proc/<pid>/stat` line, in seconds; undefined for a line that has not them. */
export function childrenCpuOfStat(stat: string): number | undefined {
  // The command name (field 2) is in parentheses and may hold spaces or parentheses: fields are counted after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5), cutime and cstime, are the 14th and 15th after the name.
  const [cutime, cstime] = [fields[13], fields[14]].map((field) => (field && /^\d+$/.test(field) ? Number(field) : Number.NaN));
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime! + cstime!) / TICKS_PER_SECOND : undefined;
}

/** CPU seconds by step, in the order the steps first ran; a step run several times (the search index's parts) adds up. */
export class StepCpu {
  readonly seconds = new Map<string, number>();

  /** Runs `step` (which starts and waits for one process) and adds the CPU its process tree used under `name`. */
  async measure<T>(name: string, step: () => Promise<T>): Promise<T> {
    const before = endedChildrenCpuSeconds();
    try {
      return await step();
    } finally {
      const after = endedChildrenCpuSeconds();
      if (before !== undefined && after !== undefined) this.seconds.set(name, (this.seconds.get(name) ?? 0) + after - before);
    }
  }
}

/** « vérification du contenu 1,9 s · Astro 5,2 s »; undefined when nothing was measured. */
export function formatStepCpu(seconds: ReadonlyMap<string, number>): string | undefined {
  if (seconds.size === 0) return undefined;
  return [...seconds].map(([name, s]) => `${name} ${s.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`).join(' · ');
}

/** The line `formatStepCpu` is printed on, read back by the bench. */
export const STEP_CPU_LABEL = 'Temps de calcul par étape (CPU)';

/** Parses `STEP_CPU_LABEL : a 1,9 s · b 5,2 s` back into seconds by step. */
export function parseStepCpu(output: string): Map<string, number> | undefined {
  const line = output.split('\n').find((l) => l.startsWith(`${STEP_CPU_LABEL} : `));
  if (!line) return undefined;
  return new Map(
    line.slice(STEP_CPU_LABEL.length + 3).split(' · ').flatMap((part) => {
      const match = /^(.+) ([\d\s\u202f]+(?:,\d+)?) s$/.exec(part);
      return match ? [[match[1]!, Number(match[2]!.replace(/[\s\u202f]/g, '').replace(',', '.'))] as const] : [];
    }),
  );
}
