/**
 * The environment of a build's processes. Astro gives pages `import.meta.env`
 * from the process's environment, so a variable named like one of its own
 * (`DEV=1`, `MODE=test`: a test runner sets them, a shell may) would make a
 * production build behave like the preview: broken settings kept instead of
 * stopping the build, pages never reused. A build always runs as production.
 */
const VITE_ENV_NAMES = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX'];
/**
 * `_`, the shell's path of the command it last ran (`/usr/bin/npm`, `…/node_modules/.bin/node`): meaningless to a
 * build, but Astro writes into a module that names `import.meta.env` alone every variable whose name appears in its
 * code, and `_` appears in all code, Astro's own modules included. Its value changed the code of every route, so
 * a build run from another shell or tool copied no page from the previous one.
 */
const SHELL_BOOKKEEPING = ['_'];

export function buildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dropped = [...VITE_ENV_NAMES, ...SHELL_BOOKKEEPING];
  const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !dropped.includes(name)));
  return { ...clean, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
}
