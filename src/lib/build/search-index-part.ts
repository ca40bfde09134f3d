/**
 * One part of a version's search index (search-index.ts), run by build-site.ts
 * in its own process group: `node search-index-part.ts <site folder>`, the part
 * (its bundle and its pages, JSON) on its standard input. Pagefind's command
 * line takes its pages as a glob, too long for a list of a thousand pages; its
 * Node API takes them one by one. The part comes ready-made: working out the
 * parts would load the report's route table again (0.4 s).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import type { SearchIndexRun } from './search-index.ts';
import { endChildren } from './end-children.ts';

/** Pages sent to Pagefind at once: enough to keep it busy, few enough to hold little of the site in memory. */
const BATCH = 16;

// Called by build-site.ts only: its line is always right, so parseArgs' own (English) errors are enough.
const { positionals: [outDir] } = parseArgs({ allowPositionals: true });
const run = JSON.parse(readFileSync(0, 'utf8')) as SearchIndexRun;
const fail = async (errors: string[]) => {
  console.error(`Index de recherche ${run.bundle} : ${errors.join(' ; ')}`);
  await close();
  await endChildren();
  process.exit(1);
};

const { index, errors } = await createIndex();
if (!index) await fail(errors);
for (let i = 0; i < run.pages.length; i += BATCH) {
  const added = await Promise.all(run.pages.slice(i, i + BATCH).map((page) => index!.addHTMLFile({ sourcePath: page, content: readFileSync(join(outDir!, page), 'utf8') })));
  const failed = added.flatMap((file) => file.errors);
  if (failed.length > 0) await fail(failed);
}
const written = await index!.writeFiles({ outputPath: join(outDir!, run.bundle) });
if (written.errors.length > 0) await fail(written.errors);
await close();
// close() kills Pagefind's program without waiting for it.
await endChildren();
