/**
 * The environment every step of `npm run build` runs in (src/lib/build/build-env.ts): always a production build,
 * whatever the shell or the test runner set, and with Node's compile cache on, as Astro's own command line has it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../src/lib/build/build-env.ts';

/** What a Node process started with `env` says of its compile cache folder. */
function compileCacheOf(env: NodeJS.ProcessEnv): string {
  const run = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('node:module').getCompileCacheDir()))"], { env, encoding: 'utf8', timeout: 60_000 });
  return run.stdout;
}

describe('buildEnv', () => {
  it('runs every step as a production build, without the variables a shell or a test runner adds', () => {
    const env = buildEnv({ PATH: '/usr/bin', DEV: '1', MODE: 'test', _: '/usr/bin/npm', NODE_ENV: 'test' }, '/projet');
    expect(env).toMatchObject({ PATH: '/usr/bin', NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' });
    expect(Object.keys(env)).not.toContain('DEV');
    expect(Object.keys(env)).not.toContain('MODE');
    expect(Object.keys(env)).not.toContain('_');
  });

  it('gives the steps Node’s compile cache, in the project’s cache folder, unless one is set', () => {
    const root = process.cwd();
    expect(compileCacheOf(buildEnv({ PATH: process.env.PATH }, root))).toContain(join(root, 'node_modules/.cache/node-compile-cache'));
    expect(compileCacheOf(buildEnv({ PATH: process.env.PATH, NODE_COMPILE_CACHE: join(root, 'node_modules/.cache/ailleurs') }, root))).toContain('ailleurs');
    // Without it, a script's process compiles every module again.
    expect(compileCacheOf({ PATH: process.env.PATH })).toBe('undefined');
  });
});
