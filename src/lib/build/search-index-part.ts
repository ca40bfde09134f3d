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
import { setTimeout } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import type { SearchIndexRun } from './search-index.ts';

/** Pages sent to Pagefind at once: enough to keep it busy, few enough to hold little of the site in memory. */
const BATCH = 16;

/**
 * Pagefind's close() kills its program without waiting for it to end: this process would end first, leaving it to end
 * alone, outside the build, its CPU time counted in no one's (measured at 4 000 ambitions: 28 of the index's 35 s of
 * CPU escaped the bench's count). So this step waits until it has no process left (read from /proc: nothing to wait
 * for where there is none).
 */
async function untilChildrenEnd(limitMs = 30_000): Promise<void> {
  const children = `/proc/${process.pid}/task/${process.pid}/children`;
  for (const deadline = Date.now() + limitMs; Date.now() < deadline; await setTimeout(20)) {
    try {
      if (readFileSync(children, 'utf8').trim() === '') return;
    } catch {
      return;
    }
  }
}

// Called by build-site.ts only: its line is always right, so parseArgs' own (English) errors are enough.
const { positionals: [outDir] } = parseArgs({ allowPositionals: true });
const run = JSON.parse(readFileSync(0, 'utf8')) as SearchIndexRun;
const fail = (errors: string[]) => {
  console.error(`Index de recherche ${run.bundle} : ${errors.join(' ; ')}`);
  process.exit(1);
};

const { index, errors } = await createIndex();
if (!index) fail(errors);
for (let i = 0; i < run.pages.length; i += BATCH) {
  const added = await Promise.all(run.pages.slice(i, i + BATCH).map((page) => index!.addHTMLFile({ sourcePath: page, content: readFileSync(join(outDir!, page), 'utf8') })));
  const failed = added.flatMap((file) => file.errors);
  if (failed.length > 0) fail(failed);
}
const written = await index!.writeFiles({ outputPath: join(outDir!, run.bundle) });
if (written.errors.length > 0) fail(written.errors);
await close();
await untilChildrenEnd();
