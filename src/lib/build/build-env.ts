/**
 * The environment of a build's processes. Astro gives pages `import.meta.env`
 * from the process's environment, so a variable named like one of its own
 * (`DEV=1`, `MODE=test`: a test runner sets them, a shell may) would make a
 * production build behave like the preview: broken settings kept instead of
 * stopping the build, pages never reused. A build always runs as production.
 */
import { resolve } from 'node:path';

const VITE_ENV_NAMES = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX'];
/**
 * `_`, the shell's path of the command it last ran (`/usr/bin/npm`, `…/node_modules/.bin/node`): meaningless to a
 * build, but Astro writes into a module that names `import.meta.env` alone every variable whose name appears in its
 * code, and `_` appears in all code, Astro's own modules included. Its value changed the code of every route, so
 * a build run from another shell or tool copied no page from the previous one.
 */
const SHELL_BOOKKEEPING = ['_'];

/**
 * Node's compile cache (modules compiled by V8, TypeScript files with their types removed, kept on disk): Astro's
 * own command line turns it on, but the build's steps are our own scripts, which compiled every module again at each
 * build (measured: the content check's process when nothing changed, 0.60–0.72 → 0.28–0.34 s of user CPU). Kept
 * beside the build's other caches; Node checks each entry against its source, so a changed file is compiled again.
 */
const COMPILE_CACHE = 'node_modules/.cache/node-compile-cache';

/** The compile cache folder the build and its steps share: the one `env` names, else the project's (`root`). */
export const compileCacheDir = (env: NodeJS.ProcessEnv = process.env, root = process.cwd()) => env.NODE_COMPILE_CACHE ?? resolve(root, COMPILE_CACHE);

/** `root`: the project's folder, whose cache folder the steps share. */
export function buildEnv(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): NodeJS.ProcessEnv {
  const dropped = [...VITE_ENV_NAMES, ...SHELL_BOOKKEEPING];
  const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !dropped.includes(name)));
  return { ...clean, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: compileCacheDir(env, root) };
}
