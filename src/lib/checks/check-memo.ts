/**
 * Results of the per-file checks, remembered by everything they depend on
 * (the file's text and the cross-file facts the check reads), so that the dev
 * server re-checks only what a save changed, and the build only what changed
 * since the previous build (src/lib/build/persisted-check-memo.ts). A run keeps
 * what it used and drops the rest: the memo never holds more than two runs' worth of results.
 *
 * Every key says its kind and its file first (`memoKey`): the build chooses by
 * kind what it keeps on disk, and counts by file what it checked again.
 */
import { createHash } from 'node:crypto';

export class CheckMemo {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();
  /** Keys whose result the current run computed (not found from an earlier run). */
  private computed = new Set<string>();

  /** The result stored under `key`, or `compute()`'s, stored for the next run. */
  remember<T>(key: string, compute: () => T): T {
    if (this.current.has(key)) return this.current.get(key) as T;
    let value: T;
    if (this.previous.has(key)) value = this.previous.get(key) as T;
    else {
      value = compute();
      this.computed.add(key);
    }
    this.current.set(key, value);
    return value;
  }

  /** Starts a run: results not used since the previous run are forgotten. */
  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
    this.computed = new Set();
  }

  /** Takes back the results of a run made elsewhere (a previous build's, read from disk): the next run may use them. */
  resume(entries: Iterable<readonly [string, unknown]>): void {
    for (const [key, value] of entries) this.current.set(key, value);
  }

  /** The results the last run used or computed, by key. */
  entries(): IterableIterator<[string, unknown]> {
    return this.current.entries();
  }

  /** Did the last run compute this result (rather than find it)? */
  wasComputed(key: string): boolean {
    return this.computed.has(key);
  }

  /** Forgets everything: a file a check reads besides the Markdown (an image, a file of public/) changed. */
  clear(): void {
    this.current.clear();
    this.previous.clear();
    this.computed.clear();
  }

  get size(): number {
    return this.current.size;
  }
}

/** A short fingerprint of a text or of a file's bytes. */
export function digest(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64');
}

/** A key for what a check depends on: its JSON, hashed. */
export function keyOf(...parts: unknown[]): string {
  return digest(JSON.stringify(parts));
}

/** The key of one check (`kind`) of one file: what else it depends on (`parts`) is hashed after them. */
export function memoKey(kind: string, file: string, ...parts: unknown[]): string {
  return `${kind}\0${file}\0${keyOf(...parts)}`;
}

/** The kind and the file a `memoKey` names. */
export function keyParts(key: string): { kind: string; file: string } {
  const [kind = '', file = ''] = key.split('\0', 2);
  return { kind, file };
}

/** Without a memo (`lint:content`), every check runs. */
export function remember<T>(memo: CheckMemo | undefined, key: () => string, compute: () => T): T {
  return memo ? memo.remember(key(), compute) : compute();
}
