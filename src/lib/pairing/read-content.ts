/**
 * Reads what the content checks need from `content/`, with the file system only
 * (no Astro), so that the editors' check and the build's first step are fast.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../front-matter.ts';
import { TWINNED_COLLECTIONS } from '../../schemas/falc-page.ts';
import type { FalcFileFacts, PairingInput } from './check-pairs.ts';

function markdownIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** 1-based line of the first line matching `pattern`, if any. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const index = text.split(/\r?\n/).findIndex((l) => pattern.test(l));
  return index >= 0 ? index + 1 : undefined;
}

export function readPairingInput(root = '.'): PairingInput {
  const standardPages = TWINNED_COLLECTIONS.flatMap((c) => markdownIds(join(root, 'content', c)).map((id) => `${c}/${id}`));
  const falcPages: FalcFileFacts[] = TWINNED_COLLECTIONS.flatMap((c) =>
    markdownIds(join(root, 'content/falc', c)).map((id) => {
      const text = readFileSync(join(root, 'content/falc', c, `${id}.md`), 'utf8');
      let source: string | undefined;
      try {
        const value = splitFrontMatter(text).data.source;
        source = typeof value === 'string' ? value : undefined;
      } catch {
        source = undefined; // Invalid YAML is reported by the front matter check.
      }
      return { path: `${c}/${id}`, source, sourceLine: lineOf(text, /^source\s*:/) };
    }),
  );
  return { standardPages, falcPages };
}
