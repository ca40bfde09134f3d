/**
 * One spelling per name across the FALC report (falc:un-nom-une-ecriture):
 * every text is linted alone, then the names are compared across all of them
 * (pages, front matter texts, glossary explanations). The sentences are the
 * report's own, from the FALC text before the writers made the names agree
 * (git history of content/falc, commit ad0faf0).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { createFalcLinter } from '../../src/lib/falc/index.ts';
import { compareNameSpellings, nameSpellings, placedSpellings, type SpelledText } from '../../src/lib/falc/name-spellings.ts';
import { modelOf } from '../../src/lib/falc/model.ts';

const linter = createFalcLinter();

async function spellings(text: string) {
  const report = await linter.lint('page.md', text);
  return nameSpellings(modelOf(report.file)).map(({ spelling, key, marked }) => ({ spelling, key, marked }));
}

describe('the spellings of names', () => {
  it('sees the real variants as one name: same key, and the shape of a name', async () => {
    expect(await spellings('Ce partenaire s’appelle EDEN 62.\nEden 62 est un partenaire du Département.\n')).toEqual(
      expect.arrayContaining([
        { spelling: 'EDEN 62', key: 'eden62', marked: true },
        { spelling: 'Eden 62', key: 'eden62', marked: true },
      ]),
    );
    const [glued] = await spellings('Pépites62 met les jeunes à l’honneur.\n');
    const [spaced] = (await spellings('Ce projet s’appelle Pépites 62.\n')).filter((s) => s.key === 'pépites62');
    expect([glued, spaced]).toEqual([
      { spelling: 'Pépites62', key: 'pépites62', marked: true },
      { spelling: 'Pépites 62', key: 'pépites62', marked: true },
    ]);
    expect((await spellings('Cet outil s’appelle Monjob62.\n')).map((s) => s.key)).toContain('monjob62');
    expect(await spellings('Le Pas de Calais a des marais.\n')).toContainEqual({ spelling: 'Pas de Calais', key: 'pasdecalais', marked: false });
  });

  it('leaves years and common words alone: no name shape, nothing to compare', async () => {
    const found = await spellings('En 2024, le Département a aidé 62 communes.\nPeut-être que vous connaissez Calais ?\n');
    expect(found.filter((s) => s.marked)).toEqual([]);
  });
});

/** A text of the test: its spellings as linted, and a relint that records the names it was given. */
async function text(path: string, body: string) {
  const report = await linter.lint(path, body);
  const given: string[][] = [];
  const spelled: SpelledText<string[]> = {
    result: [],
    spellings: placedSpellings(report.file, path),
    relint: async (names) => {
      given.push(names.map((name) => `${name.spelling} ${name.file}:${name.line}`));
      const again = await linter.lint(path, body, { names });
      return again.messages.filter((m) => m.ruleId === 'falc:un-nom-une-ecriture').map((m) => `${m.line}:${m.column} ${m.reason}`);
    },
  };
  return { spelled, given };
}

describe('compareNameSpellings', () => {
  it('lints again only the texts that spell a name another way, with the other texts’ spellings', async () => {
    const st10 = await text('st-10.md', '## :nature: La nature\n\nCe partenaire s’appelle EDEN 62.\n');
    const rc06 = await text('rc-06.md', '## :nature: La nature\n\nEden 62 est un partenaire du Département.\nEden 62 protège les dunes.\n');
    const other = await text('st-01.md', '## :mairie: Les communes\n\nIngénierie62 aide les communes.\n');
    await compareNameSpellings([st10.spelled, rc06.spelled, other.spelled]);
    expect(other.given).toEqual([]);
    expect(st10.given).toEqual([['Eden 62 rc-06.md:3', 'Eden 62 rc-06.md:4']]);
    expect(st10.spelled.result).toEqual([
      '3:25 Nom écrit de deux façons : « EDEN 62 » ici, « Eden 62 » dans rc-06.md:3. Le lecteur reconnaît un nom à sa forme : écrivez-le toujours « Eden 62 », l’écriture la plus employée (2 fois sur 3).',
    ]);
    // The usual spelling is not flagged: the page that wrote it was linted again for nothing to say.
    expect(rc06.spelled.result).toEqual([]);
  });
});

describe('the content check compares the names of every FALC text', () => {
  it('flags a name spelt one way in a page and another in a page and a question of another file, with both places', async () => {
    const root = mkdtempSync(join(tmpdir(), 'noms-falc-'));
    cpSync(resolve('tests/fixtures/contenu/base'), root, { recursive: true });
    writeFileSync(
      join(root, 'content/falc/ambitions/st-01.md'),
      '---\ntitre: Une page facile à lire\nsource: ambitions/st-01\nrelecture:\n  statut: a-relire\n  relecteurs: []\n---\n\n## :recompense: Pépites62 met les jeunes à l’honneur\n\nPépites62 aide les jeunes.\n',
    );
    writeFileSync(
      join(root, 'content/falc/pages/accueil.md'),
      '---\ntitre: Une page facile à lire\nsource: pages/accueil\nquestions:\n  - question: Comment s’appelle le projet ?\n    reponse: Pépites 62.\n  - question: Qui aide les jeunes avec Pépites 62 ?\nrelecture:\n  statut: a-relire\n  relecteurs: []\n---\n\n## :information: De quoi parle cette page ?\n\nCe projet s’appelle Pépites 62.\n',
    );
    const { issues } = await checkContent(root);
    const found = issues.filter((i) => i.rule === 'falc:un-nom-une-ecriture').map((i) => `${i.file}:${i.line}:${i.column} ${i.severity} ${i.message.split('. Le lecteur')[0]}`);
    expect(found.sort()).toEqual([
      // 2 against 2 (the expected answer is not read): each spelling is flagged, with a place of the other.
      'content/falc/ambitions/st-01.md:11:1 error Nom écrit de deux façons : « Pépites62 » ici, « Pépites 62 » dans content/falc/pages/accueil.md:15',
      'content/falc/ambitions/st-01.md:9:17 error Nom écrit de deux façons : « Pépites62 » ici, « Pépites 62 » dans content/falc/pages/accueil.md:15',
      'content/falc/pages/accueil.md:15:21 error Nom écrit de deux façons : « Pépites 62 » ici, « Pépites62 » dans content/falc/ambitions/st-01.md:9',
      'content/falc/pages/accueil.md:7:40 error Question 2 : Nom écrit de deux façons : « Pépites 62 » ici, « Pépites62 » dans content/falc/ambitions/st-01.md:9',
    ]);
  }, 60_000);
});
