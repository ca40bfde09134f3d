/**
 * `astro build --outDir <folder>`, run by build-site.ts in its own process
 * group, with Astro's own log level: `warn` by default, so that the build shows
 * its warnings and errors but not one English line per page built (over a
 * hundred for the report); `info`, Astro's usual output, with `--details`
 * (`npm run build -- --details`). The CLI has no such level (only --silent,
 * which hides errors too), Astro's API has.
 */
import { build } from 'astro';

const [outDir, ...options] = process.argv.slice(2);
try {
  await build({ outDir, logLevel: options.includes('--details') ? 'info' : 'warn' });
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
