/**
 * The glossary read straight from `content/glossaire/`, for tools that run
 * outside Astro (the build's list of glossary links, tests): the same schema,
 * so the same defaults as the site.
 */
import { readCollectionFiles } from '../checks/content-files.ts';
import { folderOf } from '../checks/shape-of.ts';
import { GlossaryTermSchema, type GlossaryTermData } from '../../schemas/glossary-term.ts';

export function glossaryEntriesFromFiles(root: string): (GlossaryTermData & { id: string })[] {
  // Only the glossary's files: reading every page of a long report cost seconds after each build.
  return readCollectionFiles(root, 'glossaire').flatMap((f) => {
    const parsed = GlossaryTermSchema.safeParse(f.data);
    return parsed.success ? [{ id: f.id, ...parsed.data }] : [];
  });
}

/** The titles of the report's top level (the pactes), its own names (as `getGlossary().names`). */
export function reportNamesFromFiles(root: string): string[] {
  const top = folderOf(root, 'top');
  return (top ? readCollectionFiles(root, top) : [])
    .filter((f) => typeof f.data.titre === 'string')
    .map((f) => String(f.data.titre));
}
