/**
 * The FALC twin of a standard page: its entry in the `falc` collection. (A
 * missing twin stops the build; in `npm run dev` its route shows a notice.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type FalcEntry = CollectionEntry<'falc'>;

let cached: Promise<Map<string, FalcEntry>> | undefined;

function falcEntries(): Promise<Map<string, FalcEntry>> {
  cached ??= getCollection('falc').then((entries) => new Map(entries.map((e) => [e.id, e])));
  return cached;
}

/** The FALC entry written from `standardId` (`ambitions/st-01`), if it exists yet. */
export async function getFalcTwin(standardId: string): Promise<FalcEntry | undefined> {
  return (await falcEntries()).get(standardId);
}

/** The FALC title of a page when written, else the given fallback. */
export async function falcTitle(standardId: string, fallback: string): Promise<string> {
  return (await getFalcTwin(standardId))?.data.titre ?? fallback;
}
