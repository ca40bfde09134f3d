/**
 * The glossary's FALC explanations are checked like FALC pages (the FALC
 * linter, at the editor's line) and carry a review status held to the same
 * rule as a page's.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { contentHash } from '../../src/lib/content-hash.ts';

const FALC = 'La MDPH accueille les personnes handicapées.\n';

/** Issues of the fixture site (tests/fixtures/contenu/base) whose MDPH entry ends with `extra` and has `falc` as explanation. */
async function glossaryIssues(falc: string, extra = ''): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'glossaire-falc-'));
  cpSync(resolve('tests/fixtures/contenu/base'), root, { recursive: true });
  const block = falc.trimEnd().split('\n').map((line) => `  ${line}\n`).join('');
  writeFileSync(
    join(root, 'content/glossaire/mdph.md'),
    `---\nterme: MDPH\nsigle: true\ndeveloppe: Maison départementale des personnes handicapées\ndefinition: Lieu d'accueil des personnes handicapées.\nfalc: |\n${block}${extra}---\n`,
  );
  const { issues } = await checkContent(root);
  return issues.filter((i) => i.file.endsWith('mdph.md')).map((i) => `${i.line}${i.column ? `:${i.column}` : ''} ${i.severity} ${i.message}`);
}

describe('FALC explanations of the glossary', () => {
  it('are linted like a FALC page, at their line and column in the file', async () => {
    expect(await glossaryIssues(FALC)).toEqual([]);
    expect(await glossaryIssues(`${FALC}Elle aide des milliers de familles du Pas-de-Calais et de la région chaque année depuis longtemps.\n`)).toEqual([
      '8:3 error Phrase de 16 mots : 15 au plus. Coupez-la en deux phrases. (falc:phrase-longue)',
      '8:13 warning Quantité vague « des milliers de familles » : si le rapport donne le nombre, dites un ordre de grandeur, par exemple « plus de 10 mille » ou « presque 50 mille ». (falc:quantite-vague)',
    ]);
  }, 60_000);

  it('carry a review status: « valide » needs named readers and the fingerprint of the explanation', async () => {
    const valid = (readers: string, print: string) => `relecture:\n  statut: valide\n  relecteurs: [${readers}]\nempreintes:\n  falc: ${print}\n`;
    expect(await glossaryIssues(FALC, valid('Marie Dupont', contentHash(FALC)))).toEqual([]);
    expect(await glossaryIssues(FALC, valid('', contentHash(FALC)))).toEqual([
      '9 error Explication FALC validée sans relecteur : écrivez dans « relecture.relecteurs » le nom des personnes qui l’ont validée, ou mettez le statut « relu » ou « a-relire ».',
    ]);
    expect(await glossaryIssues(`${FALC}Elle donne des aides.\n`, valid('Marie Dupont', contentHash(FALC)))).toEqual([
      '10 error Explication FALC modifiée depuis sa validation : faites-la relire, puis mettez à jour « empreintes.falc », ou mettez le statut « a-relire ».',
    ]);
    expect(await glossaryIssues(FALC, 'relecture:\n  statut: a-relire\n')).toEqual([]);
    const unknown = await glossaryIssues(FALC, 'relecture:\n  statut: fini\n');
    expect(unknown.join('\n')).toMatch(/Le statut de relecture est « a-relire », « relu » ou « valide »/);
  }, 60_000);
});
