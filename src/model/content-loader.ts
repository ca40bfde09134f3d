/**
 * Makes Astro's glob loader read each Markdown page with the content model's
 * reader (src/model/content-file.ts) instead of its own front-matter parser:
 * the site then publishes the fields and body the editors' check checked, read
 * by the same code (Astro's parser is a different YAML library, which reads
 * dates and some scalars otherwise). Astro still does the rest: ids, digests,
 * rendering, images, watching.
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
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.md', {
        ...markdown,
        getEntryInfo: async ({ contents, fileUrl }) => {
          const path = relative(root, fileURLToPath(fileUrl)).split(sep).join('/');
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
