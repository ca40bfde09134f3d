/**
 * The first heading a page's body may use: a leaf's body (an ambition's, a
 * fiche's) sits under its first block's h2, so it starts at ###; every other
 * page starts at ##. Which folder holds the leaves comes from the report's shape.
 */
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/model/content-file.ts';
import { checkMarkdown } from '../../src/lib/checks/check-markdown.ts';

const site = { urls: new Set(['/']), glossary: new Set<string>(), isPublicFile: () => false };
const headingIssues = async (path: string, root: string) => {
  const parsed = parseContentFile(path, new TextEncoder().encode('---\ntitre: Essai\n---\n\n## Un titre\n\nUn texte.\n'));
  if (!('file' in parsed)) throw new Error('unreadable');
  return (await checkMarkdown(parsed.file, root, site)).filter((issue) => issue.message.startsWith('Titre de niveau'));
};

describe('heading levels in a body', () => {
  it('asks an ambition of the bilan to start at ###', async () => {
    expect((await headingIssues('content/ambitions/st-01.md', '.')).map((i) => i.message)).toEqual([
      'Titre de niveau 2 (##) : ici les titres commencent à « ### » (le titre de la page vient de l’en-tête). Ajoutez des « # ».',
    ]);
  });

  it('lets a general page or a pacte start at ##', async () => {
    expect(await headingIssues('content/pages/edito.md', '.')).toEqual([]);
    expect(await headingIssues('content/pactes/solidarites-humaines.md', '.')).toEqual([]);
  });

  it('asks a fiche of a report of another shape to start at ###, and not its parties', async () => {
    expect(await headingIssues('content/fiches/numerique-02.md', 'tests/fixtures/rapports/fiches')).toHaveLength(1);
    expect(await headingIssues('content/parties/numerique.md', 'tests/fixtures/rapports/fiches')).toEqual([]);
  });
});
