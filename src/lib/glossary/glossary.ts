/** The glossary collection, loaded once per build, with its word matcher and the report's own names. */
import { getCollection } from 'astro:content';
import { createMatcher, type WordMatch } from './matcher.ts';
import type { GlossaryTermData } from '../../schemas/glossary-term.ts';

export interface GlossaryEntry extends GlossaryTermData {
  id: string;
}

export interface Glossary {
  entries: GlossaryEntry[];
  find: (text: string) => WordMatch<GlossaryEntry>[];
  /** The titles of the report's top level (the pactes: « Solidarités humaines »): names, where no glossary word is linked. */
  names: string[];
}

let cached: Promise<Glossary> | undefined;

export function getGlossary(): Promise<Glossary> {
  cached ??= Promise.all([getCollection('glossaire'), getCollection('top')]).then(([items, pactes]) => {
    const entries = items
      .map((item) => ({ id: item.id, ...item.data }))
      .sort((a, b) => a.terme.localeCompare(b.terme, 'fr', { sensitivity: 'base' }));
    return { entries, find: createMatcher(entries), names: pactes.map((p) => p.data.titre) };
  });
  return cached;
}
