/**
 * `astro build --outDir <folder>`, run by build-site.ts in its own process
 * group, with Astro's own log level: `warn` by default, so that the build shows
 * its warnings and errors but not one English line per page built (over a
 * hundred for the report); `info`, Astro's usual output, with `--details`
 * (`npm run build -- --details`). The CLI has no such level (only --silent,
 * which hides errors too), Astro's API has. Then it says how many pages were
 * drawn and how many copied from the previous build (page-keys.ts), how
 * many pages' transforms were reused, and forgets the others (src/middleware.ts,
 * result-cache.ts).
 */
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { PAGE_TRANSFORMS, resultCache } from './result-cache.ts';
import { htmlFiles, renderedAddress } from '../built-pages.ts';
import { endChildren } from './end-children.ts';

// Called by build-site.ts only: its line is always right, so parseArgs' own (English) errors are enough.
const { positionals: [outDir], values } = parseArgs({ allowPositionals: true, options: { details: { type: 'boolean' } } });
try {
  await build({ outDir, logLevel: values.details ? 'info' : 'warn' });
  const pages = htmlFiles(outDir!);
  // The transforms of the pages copied are kept too: a later build that draws them again reads them back.
  const addresses = pages.map((file) => renderedAddress(outDir!, file));
  const { reused, computed: transformed } = resultCache(PAGE_TRANSFORMS).prune(addresses);
  // Every page Astro draws passes the page transforms once; the others it copied from the previous build.
  const copied = pages.length - reused - transformed;
  console.log(
    `Pages : ${reused + transformed} dessinée(s), ${copied} copiée(s) telles quelles de la construction précédente ; ` +
      `mise en forme (glossaire, typographie, sécurité) : ${transformed} faite(s), ${reused} reprise(s).`,
  );
  // Vite's esbuild service would otherwise outlive this process.
  await endChildren();
  process.exit(0);
} catch (error) {
  // What Astro's CLI prints of an error: where it is, what it is, and Astro's hint when it has one.
  const { loc, hint } = (error ?? {}) as { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const place = loc?.file ? `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.column ? `:${loc.column}` : ''}\n` : '';
  console.error(`${place}${error instanceof Error ? error.message : String(error)}${hint ? `\n${hint}` : ''}`);
  await endChildren();
  process.exit(1);
}
