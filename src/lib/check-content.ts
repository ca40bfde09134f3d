/**
 * The content checks shared by `npm run lint:content`, the first step of
 * `npm run build` and the dev server: file system only, no browser, no Astro.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPairs, type ContentIssue } from './pairing/check-pairs.ts';
import { readPairingInput, lineOf } from './pairing/read-content.ts';
import { checkDrift } from './pairing/check-drift.ts';
import { contentHash } from './content-hash.ts';
import { splitFrontMatter } from './front-matter.ts';

export interface ContentReport {
  issues: ContentIssue[];
  /** Pages whose FALC twin is still to write (listed in content/falc/a-ecrire.yaml). */
  placeholders: Set<string>;
}

export function checkContent(root = '.'): ContentReport {
  const input = readPairingInput(root);
  const { issues, placeholders } = checkPairs(input);
  const standard = new Set(input.standardPages);
  const drift = input.falcPages
    .filter((f) => standard.has(f.path))
    .map((f) => {
      const falcText = readFileSync(join(root, 'content/falc', `${f.path}.md`), 'utf8');
      let recorded: string | undefined;
      try {
        const fingerprints = splitFrontMatter(falcText).data.empreintes as { source?: unknown } | undefined;
        recorded = typeof fingerprints?.source === 'string' ? fingerprints.source : undefined;
      } catch {
        recorded = undefined;
      }
      return {
        path: f.path,
        recordedSource: recorded,
        currentSource: contentHash(readFileSync(join(root, 'content', `${f.path}.md`), 'utf8')),
        line: lineOf(falcText, /^\s+source\s*:/),
      };
    });
  return { issues: [...issues, ...checkDrift(drift)], placeholders };
}
