/**
 * Property-based: whatever an editor types, the content check answers with
 * messages, never with an unhandled exception.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseContentFile } from '../../src/model/content-file.ts';
import { checkSchema } from '../../src/lib/checks/check-schemas.ts';
import { checkMarkdown } from '../../src/lib/checks/check-markdown.ts';
import { checkReferences } from '../../src/lib/checks/check-references.ts';
import { readReportShape } from '../../src/model/report-shape.ts';

const site = { urls: new Set(['/', '/glossaire/']), glossary: new Set(['mdph']), isPublicFile: () => false };
const collections = ['content/ambitions/st-01.md', 'content/pactes/x.md', 'content/defis/st-defi-1.md', 'content/pages/accueil.md', 'content/glossaire/mdph.md', 'content/falc/ambitions/st-01.md'];

const markdownPiece = fc.oneof(
  fc.string(),
  fc.constantFrom('# Titre', '#### Titre', '- item', '  - sous-item', '![alt](./x.png)', '[lien](/nulle-part/)', '<script>x</script>', '<span onclick="x">a</span>', '```\ncode\n```', '> citation', '| a | b |\n|---|---|', '[^1]', '## :licorne: Titre', '**gras', '<!-- falc-ignore falc:x -->'),
);
const yamlValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 })),
})).value;
const frontMatter = fc.oneof(
  fc.dictionary(fc.constantFrom('titre', 'pacte', 'defi', 'numero', 'actions', 'temoignages', 'chiffres', 'perspectives', 'source', 'relecture', 'terme', 'code', 'ordre', 'chiffresCles'), yamlValue).map((d) => stringify(d)),
  fc.string(),
);

describe('the content check on random input', () => {
  it('never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...collections), frontMatter, fc.array(markdownPiece, { maxLength: 12 }), async (path, yaml, pieces) => {
        const text = `---\n${yaml}\n---\n\n${pieces.join('\n\n')}\n`;
        const parsed = parseContentFile(path, new TextEncoder().encode(text));
        if ('file' in parsed) {
          const issues = [...checkSchema(parsed.file), ...(await checkMarkdown(parsed.file, '/tmp', site)), ...checkReferences([parsed.file], [], readReportShape('.'))];
          for (const issue of issues) expect(typeof issue.message).toBe('string');
        } else {
          expect(parsed.issue.severity).toBe('error');
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000); // hundreds of whole content checks: seconds on a busy 2-core machine
});
