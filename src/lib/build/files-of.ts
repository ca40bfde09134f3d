/** The files a build cache hashes (content-check-cache.ts, result-cache.ts). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files of `input` (a file or a folder, read recursively), relative to root; none when it does not exist. */
export function filesOf(root: string, input: string): string[] {
  const full = join(root, input);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [input];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => join(input, entry.parentPath.slice(full.length), entry.name));
}
