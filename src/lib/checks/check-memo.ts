/**
 * Results of the per-file checks, remembered by everything they depend on
 * (the file's text and the cross-file facts the check reads), so that the dev
 * server re-checks only what a save changed. A run keeps what it used and drops
 * the rest: the memo never holds more than two runs' worth of results.
 */
import { createHash } from 'node:crypto';

export class CheckMemo {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();

  /** The result stored under `key`, or `compute()`'s, stored for the next run. */
  remember<T>(key: string, compute: () => T): T {
    if (this.current.has(key)) return this.current.get(key) as T;
    const value = this.previous.has(key) ? (this.previous.get(key) as T) : compute();
    this.current.set(key, value);
    return value;
  }

  /** Starts a run: results not used since the previous run are forgotten. */
  nextRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Forgets everything: a file a check reads besides the Markdown (an image, a file of public/) changed. */
  clear(): void {
    this.current.clear();
    this.previous.clear();
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

/** Without a memo (`lint:content`, the build), every check runs. */
export function remember<T>(memo: CheckMemo | undefined, key: () => string, compute: () => T): T {
  return memo ? memo.remember(key(), compute) : compute();
}
