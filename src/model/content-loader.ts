/**
 * Makes Astro's glob loader read each Markdown page with the content model's
 * reader (src/model/content-file.ts) instead of its own front-matter parser:
 * the site then publishes the fields and body the editors' check checked, read
 * by the same code (Astro's parser is a different YAML library, which reads
 * dates and some scalars otherwise). Astro still does the rest: ids, digests,
 * rendering, images, watching.
 *
 * Astro's glob loader asks for a file's fields before it compares the file's
 * digest with the entry it stored at the previous build (or the preview's last
 * session), and keeps that entry when they match, reading nothing of what it
 * was given: parsing the header of every unchanged file was wasted (8 099 YAML
 * headers at 4 000 ambitions, ≈ 2 s of each build after an edit). For a file
 * whose stored entry has this very text, we give the stored entry's id as
 * `slug`, which the loader's id function reads first: it finds that entry and
 * keeps it. (A `slug` field written by an editor is refused by the check.)
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseContentFile } from './content-file.ts';

/** What Astro's loaders receive besides the documented context: how to read each kind of file. */
export interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string; slug?: string; rawData?: string }>;
}
export type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function readWithContentModel(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: GlobContext) => {
      const markdown = context.entryTypes?.get('.md');
      if (!markdown) throw new Error('Astro no longer gives loaders its Markdown entry type: src/model/content-loader.ts must follow.');
      const root = fileURLToPath(context.config.root);
      const storedId = storedEntryFinder(context);
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.md', {
        ...markdown,
        getEntryInfo: async ({ contents, fileUrl }) => {
          const path = relative(root, fileURLToPath(fileUrl)).split(sep).join('/');
          const kept = storedId(path, contents);
          if (kept !== undefined) return { data: { slug: kept }, body: '' };
          const read = parseContentFile(path, Buffer.from(contents, 'utf8'));
          // In a build the editors' check has stopped on this file already; in dev keepLastGoodEntry keeps its last good version.
          if ('issue' in read) throw new Error(`${path} : ${read.issue.message}`);
          const { data, body, source } = read.file;
          // Astro trims the body before rendering it; so do we, for the same HTML.
          return { data, body: body.trim(), slug: typeof data['slug'] === 'string' ? data['slug'] : undefined, rawData: source.yaml };
        },
      });
      return loader.load({ ...context, entryTypes } as GlobContext);
    },
  };
}

/**
 * The id of the entry the store holds for a file (path from the project's root) when it was stored from this very
 * text, else `undefined`. The store is asked at each call: in the preview, an entry changes with every save.
 */
function storedEntryFinder({ store, generateDigest }: GlobContext): (path: string, contents: string) => string | undefined {
  let idsByPath: Map<string, string> | undefined;
  return (path, contents) => {
    if (!store) return undefined;
    idsByPath ??= new Map(store.entries().flatMap(([id, entry]) => (entry.filePath ? [[entry.filePath, id] as const] : [])));
    const id = idsByPath.get(path);
    const entry = id === undefined ? undefined : store.get(id);
    return entry?.filePath === path && entry.digest === generateDigest(contents) ? id : undefined;
  };
}
