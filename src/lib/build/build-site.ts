/**
 * The site's build into a folder: Astro, then the Pagefind search index of both
 * versions (written under `pagefind/`, loaded by readers only when they search).
 */
import { spawn } from 'node:child_process';

function run(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

export async function buildSite(outDir: string): Promise<boolean> {
  return (await run('astro', ['build', '--outDir', outDir])) && (await run('pagefind', ['--site', outDir, '--quiet']));
}
