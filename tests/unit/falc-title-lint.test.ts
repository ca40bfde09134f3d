/**
 * A FALC page's `titre` and `description` are FALC text: the content check (and
 * so the build and the preview) lints them like the page, at their line and
 * column in the file, with the same code as `npm run lint:falc`.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { TO_FILL } from '../../src/lib/checks/check-placeholders.ts';

/** Issues of the fixture site (tests/fixtures/contenu/base) whose FALC st-01 has this front matter start. */
async function issuesOfFalcPage(titleLines: string): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'titre-falc-'));
  cpSync(resolve('tests/fixtures/contenu/base'), root, { recursive: true });
  writeFileSync(
    join(root, 'content/falc/ambitions/st-01.md'),
    `---\n${titleLines}source: ambitions/st-01\nrelecture:\n  statut: a-relire\n  relecteurs: []\n---\n\n## :information: De quoi parle cette page ?\n\nLe Département aide les habitants.\n`,
  );
  const { issues } = await checkContent(root);
  return issues.filter((i) => i.file.endsWith('falc/ambitions/st-01.md')).map((i) => `${i.line}${i.column ? `:${i.column}` : ''} ${i.severity} ${i.message}`);
}

describe('titre and description of a FALC page', () => {
  it('are linted with the prose rules, at their line and column', async () => {
    expect(await issuesOfFalcPage('titre: Le Département aide les communes\ndescription: Les aides du Département aux communes.\n')).toEqual([]);
    expect(
      await issuesOfFalcPage('titre: Le Département aide 1 500 communes\ndescription: "Les aides du Département (les subventions) aux communes et aux villes moyennes du Pas-de-Calais et de la région."\n'),
    ).toEqual([
      '2:28 error Grand nombre « 1 500 » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison. (falc:grand-nombre)',
      '3:15 error Phrase de 18 mots : 15 au plus. Coupez-la en deux phrases. (falc:phrase-longue)',
      '3:40 error Parenthèses : écrivez cette information dans une phrase à part. (falc:ponctuation)',
      '3:45 warning Mot administratif « subventions » : dites-le plus simplement, par exemple « aide en argent ». (falc:jargon)',
    ]);
  }, 60_000);

  it('a title need not be a sentence: no verb, no full stop, a question are all fine', async () => {
    expect(await issuesOfFalcPage('titre: Les routes du Pas-de-Calais\n')).toEqual([]);
    expect(await issuesOfFalcPage('titre: Qui aide les communes ?\n')).toEqual([]);
  }, 60_000);

  it('a title still to write is reported once, as text to write', async () => {
    expect(await issuesOfFalcPage(`titre: ${TO_FILL} (une phrase simple avec un verbe)\n`)).toEqual([
      `2:8 error Texte à écrire : remplacez « ${TO_FILL} » par le texte de la page.`,
    ]);
  }, 60_000);
});
