/**
 * Builds the site into a fresh folder and puts it in place of `dist/` only when
 * the build succeeded, so that a failed build never leaves a half-built site
 * where the last good one was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export interface SafeBuildOptions {
  /** Runs the build into `outDir`; resolves to true on success. */
  build: (outDir: string) => Promise<boolean>;
  /** The published folder, e.g. `dist`. */
  target: string;
  /** Where the fresh build goes first. */
  staging: string;
}

export async function safeBuild({ build, target, staging }: SafeBuildOptions): Promise<boolean> {
  rmSync(staging, { recursive: true, force: true });
  let ok = false;
  try {
    ok = await build(staging);
  } finally {
    if (!ok) rmSync(staging, { recursive: true, force: true });
  }
  if (!ok) return false;
  const previous = `${target}.precedent`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  return true;
}
