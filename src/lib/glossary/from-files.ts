/**
 * The glossary read straight from `content/glossaire/`, for tools that run
 * outside Astro (the build's list of glossary links, tests): the same schema,
 * so the same defaults as the site.
 */
import { readContentFiles } from '../checks/content-files.ts';
import { GlossaryTermSchema, type GlossaryTermData } from '../../schemas/glossary-term.ts';

export function glossaryEntriesFromFiles(root: string): (GlossaryTermData & { id: string })[] {
  return readContentFiles(root)
    .files.filter((f) => f.collection === 'glossaire')
    .flatMap((f) => {
      const parsed = GlossaryTermSchema.safeParse(f.data);
      return parsed.success ? [{ id: f.id, ...parsed.data }] : [];
    });
}

/** The pactes' titles, the report's own names (as `getGlossary().names`). */
export function reportNamesFromFiles(root: string): string[] {
  return readContentFiles(root)
    .files.filter((f) => f.collection === 'pactes' && typeof f.data.titre === 'string')
    .map((f) => String(f.data.titre));
}
