/** The glossary collection, loaded once per build, with its word matcher. */
import { getCollection } from 'astro:content';
import { createMatcher, type WordMatch } from './matcher.ts';
import type { GlossaryTermData } from '../../schemas/glossary-term.ts';

export interface GlossaryEntry extends GlossaryTermData {
  id: string;
}

export interface Glossary {
  entries: GlossaryEntry[];
  find: (text: string) => WordMatch<GlossaryEntry>[];
}

let cached: Promise<Glossary> | undefined;

export function getGlossary(): Promise<Glossary> {
  cached ??= getCollection('glossaire').then((items) => {
    const entries = items
      .map((item) => ({ id: item.id, ...item.data }))
      .sort((a, b) => a.terme.localeCompare(b.terme, 'fr', { sensitivity: 'base' }));
    return { entries, find: createMatcher(entries) };
  });
  return cached;
}
