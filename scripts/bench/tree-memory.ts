/**
 * The memory a build needs of the machine: the resident memory of all its
 * processes at once (the build script, Astro, Pagefind…), sampled from /proc
 * every 200 ms while it runs, its highest sum kept. GNU time only gives the
 * largest single process, which leaves out what runs beside it. Linux only:
 * elsewhere the sum is undefined.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

const SAMPLE_MS = 200;

/** Parent of each running process, from /proc/<pid>/stat (its 4th field, after the command name in parentheses). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  return parentOf;
}

/** Resident memory of a process in kB (VmRSS), 0 once it has ended. */
function residentKb(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** What a process runs, in a few words: its script or program file (`astro-build.ts`, `pagefind_extended`). */
function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const file = args.slice(1).find((arg) => !arg.startsWith('-')) ?? args[0] ?? '?';
    return /\.[cm]?[jt]s$/.test(file) ? basename(file) : basename(args[0] ?? '?');
  } catch {
    return '?';
  }
}

export interface ProcessMemory {
  pid: number;
  command: string;
  kb: number;
}

/** Resident memory of `root` and of each of its descendants, in kB. */
export function treeProcesses(root: number): ProcessMemory[] {
  const parentOf = parents();
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parentOf.get(p)) if (p === root) return true;
    return false;
  };
  return [...parentOf.keys()].filter(inTree).map((pid) => ({ pid, command: commandOf(pid), kb: residentKb(pid) }));
}

/** Resident memory of processes together, in kB. */
export const totalKb = (processes: readonly ProcessMemory[]) => processes.reduce((sum, process) => sum + process.kb, 0);

export interface TreeMemoryPeak {
  /** The highest sum seen, in MB. */
  mb: number;
  /** The processes at that moment, largest first, in MB: which step set the peak. */
  processes: { command: string; mb: number }[];
}

/** Starts sampling the tree of `root`; `stop()` gives the highest sum seen and who held it (undefined without /proc). */
export function watchTreeMemory(root: number): { stop(): TreeMemoryPeak | undefined } {
  if (!existsSync('/proc/self/status')) return { stop: () => undefined };
  let peak: ProcessMemory[] = [];
  let peakKb = 0;
  const sample = () => {
    const processes = treeProcesses(root);
    const kb = totalKb(processes);
    if (kb > peakKb) [peakKb, peak] = [kb, processes];
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      const processes = peak.filter((p) => p.kb > 0).sort((a, b) => b.kb - a.kb).map(({ command, kb }) => ({ command, mb: kb / 1024 }));
      return { mb: peakKb / 1024, processes };
    },
  };
}
