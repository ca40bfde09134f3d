import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRuleDocs } from '../../../src/lib/falc/docs.ts';
import * as api from '../../../src/lib/falc/index.ts';
import { formatHuman, formatJson, lintFalcFile, lintFalcText } from '../../../src/lib/falc/index.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../../helpers/run-node.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('public API', () => {
  it('exports what the CLI and the build use', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DOCS_BASE_URL', 'FALC_PRESET', 'RULE_IDS', 'collectMarkdown', 'createFalcLinter', 'createFalcProcessor',
        'formatHuman', 'formatJson', 'hasErrors', 'lintFalcFile', 'listingTitles', 'lintFalcText', 'loadGlossary', 'pageBody',
        'readFrontMatter', 'readMarkdown', 'ruleUrl', 'severityOf', 'shortMessage', 'toJsonMessage',
      ].sort(),
    );
  });
});

describe('falc-ignore', () => {
  it('silences one rule on the next line and reports it with its reason', async () => {
    const text = '<!-- falc-ignore falc:grand-nombre : nom d’une loi -->\nLa loi parle de 1 500 personnes.\nIl y a 1 500 places.\n';
    const report = await lintFalcFile('page.md', text);
    expect(report.messages.filter((message) => message.ruleId === 'falc:grand-nombre').map((message) => message.line)).toEqual([3]);
    expect(report.ignored).toEqual([
      {
        ruleId: 'falc:grand-nombre',
        line: 2,
        column: 17,
        message: 'Grand nombre « 1 500 » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison.',
        reason: 'nom d’une loi',
      },
    ]);
    expect(formatHuman([report], { details: true })).toContain('page.md:2:17  falc:grand-nombre  raison : nom d’une loi');
  });

  it('does not silence anything without a reason', async () => {
    const report = await lintFalcText('<!-- falc-ignore falc:grand-nombre -->\nIl y a 1 500 places.\n');
    expect(report.messages.map((message) => message.ruleId)).toEqual(['falc:commentaire-ignore', 'falc:grand-nombre']);
    expect(report.messages[0]!.fatal).toBe(true);
  });
});

describe('formatters', () => {
  it('prints the JSON array of the issue, and nothing else', async () => {
    const report = await lintFalcFile('a.md', 'Il y a 1 500 places ; viens.\n');
    const parsed = JSON.parse(formatJson([report])) as unknown;
    expect(parsed).toEqual([
      {
        file: 'a.md',
        messages: [
          {
            ruleId: 'falc:grand-nombre', severity: 'error', line: 1, column: 8, endLine: 1, endColumn: 13,
            message: 'Grand nombre « 1 500 » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison.',
            url: 'https://github.com/rapport-falc/rapport-falc/blob/main/docs/regles-falc/grand-nombre.md',
          },
          {
            ruleId: 'falc:ponctuation', severity: 'error', line: 1, column: 21, endLine: 1, endColumn: 22,
            message: 'Point-virgule : coupez la phrase en deux avec un point.',
            url: 'https://github.com/rapport-falc/rapport-falc/blob/main/docs/regles-falc/ponctuation.md',
          },
        ],
      },
    ]);
  });

  it('prints French lines grouped by file, then the totals; the scores per page only with details', async () => {
    const report = await lintFalcFile('a.md', 'Il y a 1 500 places.\nLe dispositif aide.\n');
    expect(formatHuman([report])).toBe([
      'a.md',
      'a.md:1:8  erreur  Grand nombre « 1 500 » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison.  falc:grand-nombre',
      'a.md:2:4  avertissement  Mot administratif « dispositif » : dites-le plus simplement, par exemple « aide » ou « service » ou « action ».  falc:jargon',
      '',
      '1 erreur, 1 avertissement, 0 message masqué dans 1 page.',
      'Scores de lisibilité par page et messages masqués par falc-ignore : ajoutez --details.',
      '',
    ].join('\n'));
    const text = formatHuman([report], { details: true });
    expect(text).toContain('a.md:1:8  erreur  Grand nombre « 1 500 » : dites un ordre de grandeur, par exemple « plus de mille », ou une comparaison.  falc:grand-nombre');
    expect(text).toContain('a.md:2:4  avertissement  Mot administratif « dispositif »');
    expect(text).toMatch(/Page\s+Erreurs\s+Avertissements\s+Masqués\s+Mots\/phrase\s+LIX\s+Kandel–Moles/);
    expect(text).toMatch(/a\.md\s+1\s+1\s+0\s+4,0\s+\d+,\d\s+\d+,\d/);
    expect(text).toContain('1 erreur, 1 avertissement, 0 message masqué dans 1 page.');
  });
});

describe('CLI', () => {
  const run = (...args: string[]) => runNode(join(ROOT, 'scripts/lint-falc.ts'), args, { cwd: ROOT });

  it('lints a folder recursively, prints JSON only, exits 1 on an error', () => {
    const folder = mkdtempSync(join(tmpdir(), 'falc-'));
    writeFileSync(join(folder, 'bon.md'), 'Le Département aide les familles.\n');
    writeFileSync(join(folder, 'mauvais.md'), 'Il y a 1 500 places.\n');
    const result = run('--format', 'json', folder);
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.stdout) as Array<{ file: string; messages: unknown[] }>;
    expect(parsed.map((entry) => [entry.file, entry.messages.length])).toEqual([
      [join(folder, 'bon.md'), 0],
      [join(folder, 'mauvais.md'), 1],
    ]);
  }, CLI_TEST_TIMEOUT);

  it('exits 0 without errors, and explains unreadable files in French', () => {
    const folder = mkdtempSync(join(tmpdir(), 'falc-'));
    writeFileSync(join(folder, 'bon.md'), 'Le Département aide les familles.\n');
    expect(run(join(folder, 'bon.md')).status).toBe(0);
    writeFileSync(join(folder, 'binaire.md'), Buffer.from([0, 1, 2]));
    writeFileSync(join(folder, 'latin1.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const result = run(join(folder, 'binaire.md'), join(folder, 'latin1.md'), join(folder, 'absent.md'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Fichier binaire : ce n’est pas un texte Markdown.');
    expect(result.stdout).toContain('Fichier qui n’est pas en UTF-8 : enregistrez-le en UTF-8.');
    expect(result.stdout).toContain('Fichier introuvable : vérifiez le chemin.');
    expect(result.stdout).not.toMatch(/\bat \w+ \(/);
  }, CLI_TEST_TIMEOUT);

  it('reads a listed page with the titles of its whole folder, even when linted alone', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'falc-')), 'ambitions');
    mkdirSync(folder);
    const titles = ['Le Département aide les communes', 'Le Département protège l’eau', 'Le Département aide les jeunes', 'Les routes'];
    titles.forEach((title, index) => writeFileSync(join(folder, `a${index}.md`), `---\ntitre: ${title}\n---\n\nUne phrase.\n`));
    const result = run('--format', 'json', join(folder, 'a0.md'));
    const parsed = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    expect(parsed[0]!.messages.filter((message) => message.ruleId === 'falc:titres-monotones').map((message) => message.message)).toEqual([
      'Titre qui commence comme 3 titres sur 4 de la liste (« Le Département… ») : commencez par ce qui change d’une page à l’autre, le sujet de la page.',
    ]);
  }, CLI_TEST_TIMEOUT);

  it('lints the FALC texts of a page’s front matter at their line and column: titre, description, questions, key figures', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'falc-')), 'pages');
    mkdirSync(folder);
    // The key figure names a real figure of the report: its number is read, not copied, so that the test follows the report.
    const ambition = readFileSync(join(ROOT, 'content/ambitions/st-01.md'), 'utf8');
    const valeur = /chiffres:\n(?:.*\n)*?\s+- valeur: "(\d+)"\n(?:.*\n)*?\s+- valeur: "(\d+)"/.exec(ambition)![2]!;
    const page = [
      '---',
      'titre: Le Département aide les familles du Pas-de-Calais et de la région chaque année depuis 2022 encore',
      'description: "Il y a 1 500 places ; viens."',
      'chiffresCles:',
      '  - ambition: st-01',
      '    chiffre: 2',
      '    pictogramme: mairie',
      '    texte: |-',
      `      Depuis 2022, Ingénierie62 a aidé ${valeur} projets.`,
      '      Le Département a donné 2 500 euros.',
      '  - ambition: st-01',
      '    chiffre: 2',
      '    pictogramme: mairie',
      '    texte: Ingénierie62 a aidé des projets.',
      'questions:',
      '  - question: Qui est accueilli dans la ferme ?',
      '  - question: Qui aide les communes ?',
      '---',
      '',
      '## :aide: Bonjour',
      '',
      'Le Département aide les habitants.',
      '',
    ].join('\n');
    writeFileSync(join(folder, 'accueil.md'), page);
    const result = run('--format', 'json', join(folder, 'accueil.md'));
    expect(result.status).toBe(1);
    const [entry] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string; line: number; column: number; message: string }> }>;
    const found = entry!.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId || '(aucune règle)'} ${m.message.split(' : ')[0]}`);
    expect(found).toEqual([
      '2:8 error falc:phrase-longue Phrase de 16 mots',
      '3:22 error falc:grand-nombre Grand nombre « 1 500 »',
      '3:35 error falc:ponctuation Point-virgule',
      `9:40 warning falc:grand-nombre Grand nombre « ${valeur} »`,
      '10:30 error falc:grand-nombre Grand nombre « 2 500 »',
      // The number check speaks for the second figure, whose sentence does not say the figure: a line, no column.
      `14:1 error (aucune règle) Le texte doit contenir le chiffre ${valeur.replace(/(\d)(?=(\d{3})+$)/g, '$1 ')} de l’ambition st-01 (chiffre 2).`,
      '16:19 warning falc:voix-passive Question 1',
    ]);
  }, CLI_TEST_TIMEOUT);

  it('lints the FALC explanation of a glossary entry at its line, and counts entries apart from pages', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'falc-')), 'glossaire');
    mkdirSync(folder);
    writeFileSync(join(folder, 'mdph.md'), '---\nterme: MDPH\nfalc: |\n  La MDPH aide les personnes handicapées.\n  Elle aide des milliers de familles.\nrelecture:\n  statut: valide\n  relecteurs: []\n---\n');
    writeFileSync(join(folder, 'casse.md'), '---\nterme: [MDPH\n---\n');
    const result = run(folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${join(folder, 'mdph.md')}:5:13  avertissement  Quantité vague « des milliers de familles »`);
    expect(result.stdout).toMatch(new RegExp(`${join(folder, 'casse.md')}:2:\\d+  erreur  L’en-tête est mal écrit`));
    expect(result.stdout).toContain('dans 2 mots du glossaire.');
    // A glossary entry is not a page: its review record is lint:content’s check, not falc:relecture’s.
    expect(result.stdout).not.toContain('falc:relecture');
    // A word of the report's glossary is named like a page.
    expect(run('mdph').stdout).toContain('dans 1 mot du glossaire.');
  }, CLI_TEST_TIMEOUT);

  it('compares the names of every page given: a name written two ways is flagged in both pages, with the other place', () => {
    const folder = mkdtempSync(join(tmpdir(), 'falc-'));
    // The report's own sentences, before the writers made the name agree (rc-07 and soutenir-les-jeunesses).
    writeFileSync(join(folder, 'rc-07.md'), '## :recompense: Pépites62 met les jeunes à l’honneur\n\nLe Département aide les jeunes.\n');
    writeFileSync(join(folder, 'jeunes.md'), '## :jeunes: Les jeunes\n\nCe projet s’appelle Pépites 62.\n');
    const result = run(folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${join(folder, 'jeunes.md')}:3:21  erreur  Nom écrit de deux façons : « Pépites 62 » ici, « Pépites62 » dans ${join(folder, 'rc-07.md')}:1.`);
    expect(result.stdout).toContain(`${join(folder, 'rc-07.md')}:1:17  erreur  Nom écrit de deux façons : « Pépites62 » ici, « Pépites 62 » dans ${join(folder, 'jeunes.md')}:3.`);
  }, CLI_TEST_TIMEOUT);

  it('explains a bad option in French', () => {
    const result = run('--format', 'xml');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Format « xml » inconnu');
  }, CLI_TEST_TIMEOUT);
});

describe('generated docs', () => {
  it('are up to date (run `npm run docs:falc`)', () => {
    const pages = generateRuleDocs();
    const onDisk = readdirSync(join(ROOT, 'docs/regles-falc')).sort();
    expect(onDisk).toEqual([...pages.keys()].map((path) => path.split('/').at(-1)).sort());
    for (const [path, content] of pages) expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(content);
  });
});

describe('robustness', () => {
  it('never throws and keeps positions inside the text', async () => {
    const alphabet = fc.constantFrom(...'ab É1 5,.;:!?«»()-–*_#[]^\n\n<>&%/\'’MDPH'.split(''), '\u00a0', '---\n', '## ', '- ', '[^1]');
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')), async (text) => {
        const report = await lintFalcText(text);
        const lines = text.split('\n').length;
        for (const message of report.messages) {
          expect(message.line ?? 1).toBeGreaterThanOrEqual(1);
          expect(message.line ?? 1).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 150 },
    );
  });
});
