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
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { accept, refuse } from './refused-entries.ts';
import type { EntryType, GlobContext } from '../../model/content-loader.ts';

export function keepLastGoodEntry(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: GlobContext) => {
      // Only the dev server gives loaders a file watcher.
      if (!context.watcher) return loader.load(context);
      const root = fileURLToPath(context.config.root);
      const refusedIds = new Set<string>();
      /** What was read of each file, to tell a save caught half-written from a real mistake. */
      const readText = new Map<string, string>();
      const { store, watcher } = context;
      return loader.load({
        ...context,
        entryTypes: context.entryTypes && unbreakableFrontMatter(context.entryTypes, readText),
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
            if (props.filePath) readAgainIfChanged(resolve(root, props.filePath), readText, watcher);
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

/**
 * An editor's save is a truncation then a write: on a busy machine the loader
 * may read the file in between (empty or cut), refuse it, and get no second
 * change event for the rest of the write, leaving the old text on screen. So a
 * refused file is read again a moment later, and reloaded if it is not what was read.
 */
function readAgainIfChanged(path: string, readText: Map<string, string>, watcher: NonNullable<LoaderContext['watcher']>): void {
  const refusedText = readText.get(path);
  setTimeout(() => {
    let now: string;
    try {
      now = readFileSync(path, 'utf8');
    } catch {
      return;
    }
    if (now !== refusedText) watcher.emit('change', path);
  }, 500).unref();
}

/** Front matter that is not YAML reads as empty: the schema then refuses the entry, as above. Records what was read. */
function unbreakableFrontMatter(entryTypes: Map<string, EntryType>, readText: Map<string, string>): Map<string, EntryType> {
  return new Map(
    [...entryTypes].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: async (params) => {
          readText.set(fileURLToPath(params.fileUrl), params.contents);
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
