/**
 * The content checks shared by `npm run lint:content`, the first step of
 * `npm run build` and the dev server: file system only, no browser, no Astro.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPairs, type ContentIssue } from './pairing/check-pairs.ts';
import { readPairingInput, lineOf } from './pairing/read-content.ts';
import { checkDrift } from './pairing/check-drift.ts';
import { contentHash } from './content-hash.ts';
import { lintFalcPages } from './pairing/lint-falc-pages.ts';
import { splitFrontMatter } from './front-matter.ts';

/** Where the European easy-to-read logo must be put (it is Inclusion Europe's; it is not shipped with the tool). */
export const LOGO_FILE = 'public/falc/logo-facile-a-lire.png';

export interface ContentReport {
  issues: ContentIssue[];
  /** Pages whose FALC twin is still to write (listed in content/falc/a-ecrire.yaml). */
  placeholders: Set<string>;
}

export async function checkContent(root = '.'): Promise<ContentReport> {
  const input = readPairingInput(root);
  const { issues, placeholders } = checkPairs(input);
  const standard = new Set(input.standardPages);
  const logoIssues: ContentIssue[] = [];
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
      if (isValidated(falcText) && !existsSync(join(root, LOGO_FILE))) {
        logoIssues.push({
          file: `content/falc/${f.path}.md`, line: lineOf(falcText, /^\s+statut\s*:/), severity: 'error',
          message: `Ce texte validé doit afficher le logo européen facile à lire, mais le fichier ${LOGO_FILE} manque. Ajoutez-le (il se demande à Inclusion Europe, easy-to-read.eu).`,
        });
      }
      return {
        path: f.path,
        recordedSource: recorded,
        currentSource: contentHash(readFileSync(join(root, 'content', `${f.path}.md`), 'utf8')),
        line: lineOf(falcText, /^\s+source\s*:/),
      };
    });
  const lint = await lintFalcPages(root, input.falcPages.map((f) => f.path));
  return { issues: [...issues, ...checkDrift(drift), ...logoIssues, ...lint], placeholders };
}

/** Does this FALC file earn the logo (src/lib/falc-review.ts), so that the logo file is needed? */
function isValidated(falcText: string): boolean {
  try {
    const { data, body } = splitFrontMatter(falcText);
    const relecture = data.relecture as { statut?: unknown; relecteurs?: unknown } | undefined;
    const empreintes = data.empreintes as { falc?: unknown } | undefined;
    return (
      relecture?.statut === 'valide' &&
      Array.isArray(relecture.relecteurs) &&
      relecture.relecteurs.length > 0 &&
      empreintes?.falc === contentHash(body)
    );
  } catch {
    return false;
  }
}
