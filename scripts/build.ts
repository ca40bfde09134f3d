/**
 * `npm run build`: the content check first (it stops on any error, with the
 * editors' French messages; skipped, and said so, when nothing it reads changed
 * since the last build), then Astro's build and the search index into `.dist-construction/`,
 * swapped in place of `dist/` only when it succeeded. Interrupted (Ctrl+C, or
 * SIGTERM to this process only), it stops Astro or Pagefind with all their
 * processes and removes the half-built folder: `dist/` stays as it was. Last, it
 * writes the list of glossary links to review and warns about example values.
 */
import { enableCompileCache } from 'node:module';
import { compileCacheDir } from '../src/lib/build/build-env.ts';

// As for each step (build-env.ts): this process's own modules compiled once, not at every build (≈ 0.2 s of CPU on the
// report's build). A module's static imports are compiled before it runs, so the build's code is imported after this.
enableCompileCache(compileCacheDir());
await import('./lib/build-command.ts');
