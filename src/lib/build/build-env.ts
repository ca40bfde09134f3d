/**
 * The environment of a build's processes. Astro gives pages `import.meta.env`
 * from the process's environment, so a variable named like one of its own
 * (`DEV=1`, `MODE=test`: a test runner sets them, a shell may) would make a
 * production build behave like the preview: broken settings kept instead of
 * stopping the build, pages never reused. A build always runs as production.
 */
const VITE_ENV_NAMES = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX'];

export function buildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !VITE_ENV_NAMES.includes(name)));
  return { ...clean, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
}
