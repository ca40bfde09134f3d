/** The files a build cache hashes (content-check-cache.ts, result-cache.ts, page-keys.ts, content-store.ts). */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The tool's own code and the packages it runs: whatever a cache keeps of what they computed depends on them. */
export const TOOL_CODE: readonly string[] = ['src', 'package-lock.json'];

/** Files of `input` (a file or a folder, read recursively), relative to root; none when it does not exist. */
export function filesOf(root: string, input: string): string[] {
  const full = join(root, input);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [input];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => join(input, entry.parentPath.slice(full.length), entry.name));
}

/**
 * Adds to `hash` the path and bytes of every file of `inputs`, in a fixed order;
 * `counted` may keep only part of a file (a leaf page's header).
 */
export function hashFiles(hash: Hash, root: string, inputs: readonly string[], counted: (path: string, bytes: Buffer) => string | Buffer = (_, bytes) => bytes): Hash {
  for (const path of inputs.flatMap((input) => filesOf(root, input)).sort()) {
    const part = counted(path, readFileSync(join(root, path)));
    hash.update(`\0${path}\0${part.length}\0`).update(part);
  }
  return hash;
}
