/**
 * In `npm run dev` only, a content file that does not pass its schema (or whose
 * front matter is not YAML) must neither stop the server nor be replaced by
 * nothing: this wraps a loader so that such a file is refused, the collection's
 * store keeping its last good version (from this session, or from the previous
 * one: Astro keeps the store in .astro/), and the file is recorded in
 * refused-entries.ts for the live check to say so in French. Astro's own English
 * error is not thrown, so it is not printed either: the live check's French
 * message, with the file's line, says what to fix.
 *
 * Outside dev (`astro build`, `astro sync`) the loader is returned unchanged,
 * and a bad file stops the build as before (after `lint:content`'s message).
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { accept, refuse } from './refused-entries.ts';

/** What Astro's loaders receive besides the documented context: how to read each kind of file. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
}
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function keepLastGoodEntry(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: GlobContext) => {
      // Only the dev server gives loaders a file watcher.
      if (!context.watcher) return loader.load(context);
      const root = fileURLToPath(context.config.root);
      const refusedIds = new Set<string>();
      const { store } = context;
      return loader.load({
        ...context,
        entryTypes: context.entryTypes && unbreakableFrontMatter(context.entryTypes),
        parseData: async (props) => {
          const file = relative(root, props.filePath ?? '').split(sep).join('/');
          try {
            const data = await context.parseData(props);
            refusedIds.delete(props.id);
            accept(file);
            return data;
          } catch {
            refusedIds.add(props.id);
            refuse(file, store.has(props.id) ? 'previous' : 'none');
            return props.data;
          }
        },
        // The loader stores what it parsed: a refused entry keeps its last good version instead.
        store: new Proxy(store, {
          get(target, property) {
            if (property === 'set') return (entry: { id: string }) => (refusedIds.has(entry.id) ? false : target.set(entry as never));
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      } as GlobContext);
    },
  };
}

/** Front matter that is not YAML reads as empty: the schema then refuses the entry, as above. */
function unbreakableFrontMatter(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  return new Map(
    [...entryTypes].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: async (params) => {
          try {
            return await type.getEntryInfo(params);
          } catch {
            return { data: {}, body: '' };
          }
        },
      } satisfies EntryType,
    ]),
  );
}
