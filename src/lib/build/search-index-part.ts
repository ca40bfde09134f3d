/**
 * One part of a version's search index (search-index.ts), run by build-site.ts
 * in its own process group: `node search-index-part.ts <site folder> <bundle> [pages per part]`.
 * Pagefind's command line takes its pages as a glob, too long for a list of
 * a thousand pages; its Node API takes them one by one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import { searchIndexRuns } from './search-index.ts';

/** Pages sent to Pagefind at once: enough to keep it busy, few enough to hold little of the site in memory. */
const BATCH = 16;

// Called by build-site.ts only: its line is always right, so parseArgs' own (English) errors are enough.
const { positionals: [outDir, bundle, maxPages] } = parseArgs({ allowPositionals: true });
const run = searchIndexRuns(outDir!, maxPages ? Number(maxPages) : undefined).find((candidate) => candidate.bundle === bundle);
const fail = (errors: string[]) => {
  console.error(`Index de recherche ${bundle} : ${errors.join(' ; ')}`);
  process.exit(1);
};
if (!run) fail(['aucune page de ce site ne va dans cet index']);

const { index, errors } = await createIndex();
if (!index) fail(errors);
for (let i = 0; i < run!.pages.length; i += BATCH) {
  const added = await Promise.all(run!.pages.slice(i, i + BATCH).map((page) => index!.addHTMLFile({ sourcePath: page, content: readFileSync(join(outDir!, page), 'utf8') })));
  const failed = added.flatMap((file) => file.errors);
  if (failed.length > 0) fail(failed);
}
const written = await index!.writeFiles({ outputPath: join(outDir!, bundle!) });
if (written.errors.length > 0) fail(written.errors);
await close();
