/**
 * The memory a build needs of the machine: the resident memory of all its
 * processes at once (the build script, Astro, Pagefind…), sampled from /proc
 * every 200 ms while it runs, its highest sum kept. GNU time only gives the
 * largest single process, which leaves out what runs beside it. Linux only:
 * elsewhere the sum is undefined.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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

/** Resident memory of `root` and all its descendants, in kB. */
export function treeResidentKb(root: number): number {
  const parentOf = parents();
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parentOf.get(p)) if (p === root) return true;
    return false;
  };
  return [...parentOf.keys()].filter(inTree).reduce((sum, pid) => sum + residentKb(pid), 0);
}

/** Starts sampling the tree of `root`; `stop()` gives the highest sum seen, in MB (undefined without /proc). */
export function watchTreeMemory(root: number): { stop(): number | undefined } {
  if (!existsSync('/proc/self/status')) return { stop: () => undefined };
  let peakKb = 0;
  const sample = () => (peakKb = Math.max(peakKb, treeResidentKb(root)));
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return peakKb / 1024;
    },
  };
}
