/** The content check end to end, on small content trees written for each case. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { recordReview } from '../../src/lib/falc-validation.ts';
import { isWritingAdvice } from '../../src/lib/report-issues.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';
import { fileTree } from '../helpers/file-tree.ts';

const SCRIPT = resolve('scripts/check-content.ts');

/** The settings every build reads (src/lib/checks/check-data-files.ts). */
const SITE_YAML = 'titre: Bilan\norganisation: Département\nadresse: https://example.org\ncontact:\n  email: a@example.org\n  adressePostale: [Département]\n';

/** Every project has the shape of its report: here the bilan's. */
const REPORT_SHAPE = readFileSync('content/rapport.yaml', 'utf8');

/** Every project has its list of pictograms and their drawings: here the one its FALC page uses, `:accueil:`. */
const PICTOGRAMS = {
  'content/pictogrammes.yaml': 'accueil:\n  symbole: hello\n  sens: L’accueil\n',
  'public/pictogrammes/hello.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>',
};

const tree = (files: Record<string, string>) =>
  fileTree('contenu-', { 'content/site.yaml': SITE_YAML, 'content/rapport.yaml': REPORT_SHAPE, ...PICTOGRAMS, ...files });

const accueil = '---\ntitre: Accueil\n---\n\nBienvenue.\n';
const falcAccueil = '---\ntitre: Accueil\nsource: pages/accueil\nrelecture:\n  statut: a-relire\n  relecteurs: []\n---\n\n## :accueil: Bonjour\n\nBienvenue.\n';

function run(root: string) {
  const result = runNode(SCRIPT, [], { cwd: root });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('npm run lint:content', () => {
  it('passes a paired site', () => {
    const root = tree({ 'content/pages/accueil.md': accueil, 'content/falc/pages/accueil.md': falcAccueil });
    expect(run(root)).toEqual({ code: 0, out: 'Vérification du contenu : 0 erreur, 0 avertissement.\n' });
  }, CLI_TEST_TIMEOUT);

  it('stops on a missing twin, naming the file to create, without a stack trace', () => {
    const root = tree({ 'content/pages/accueil.md': accueil, 'content/pages/edito.md': '---\ntitre: Édito\n---\n', 'content/falc/pages/accueil.md': falcAccueil });
    const { code, out } = run(root);
    expect(code).toBe(1);
    expect(out).toContain('content/pages/edito.md  erreur  La version facile à lire de cette page manque. Créez le fichier content/falc/pages/edito.md');
    expect(out).toContain('1 erreur, 0 avertissement.');
    expect(out).not.toMatch(/\n\s+at /);
  }, CLI_TEST_TIMEOUT);

  it('warns "à revoir" when the standard page changed after the FALC text was recorded', async () => {
    const recorded = recordReview(falcAccueil, accueil, { date: '2026-11-28' });
    const root = tree({ 'content/pages/accueil.md': accueil, 'content/falc/pages/accueil.md': recorded });
    expect((await checkContent(root)).issues).toEqual([]);
    writeFileSync(join(root, 'content/pages/accueil.md'), accueil.replace('Bienvenue', 'Bonjour à tous'));
    const { code, out } = run(root);
    expect(code).toBe(0);
    expect(out).toContain('content/falc/pages/accueil.md:10  avertissement  Version facile à lire à revoir : la page d’origine content/pages/accueil.md a changé');
  }, CLI_TEST_TIMEOUT);

  it('names the FALC rule of writing advice, and only of it: the preview folds that advice apart', async () => {
    const recorded = recordReview(falcAccueil.replace('Bienvenue.', 'Nous ne fermons jamais.'), accueil, { date: '2026-11-28' });
    const root = tree({ 'content/pages/accueil.md': accueil.replace('Bienvenue', 'Bonjour à tous'), 'content/falc/pages/accueil.md': recorded });
    const issues = (await checkContent(root)).issues;
    const negation = issues.find((i) => i.message.startsWith('Phrase négative'));
    const drift = issues.find((i) => i.message.startsWith('Version facile à lire à revoir'));
    expect(negation).toMatchObject({ severity: 'warning', rule: 'falc:negation' });
    expect(drift).toMatchObject({ severity: 'warning' });
    expect(drift!.rule).toBeUndefined();
    expect([negation!, drift!].map(isWritingAdvice)).toEqual([true, false]);
  }, CLI_TEST_TIMEOUT);

  it('asks for the logo file when a page earns the European logo', async () => {
    // A validated text carries the questions its readers were asked (tests/unit/falc-questions.test.ts).
    const withQuestions = falcAccueil.replace('relecture:', 'questions:\n  - question: Qui dit bonjour ?\n  - question: Que dit la page ?\nrelecture:');
    const validated = recordReview(withQuestions, accueil, { statut: 'valide', relecteurs: ['Marie D.'], date: '2026-11-28' });
    const root = tree({ 'content/pages/accueil.md': accueil, 'content/falc/pages/accueil.md': validated });
    expect((await checkContent(root)).issues.map((i) => i.message)).toEqual([
      'Ce texte validé doit afficher le logo européen facile à lire, mais le fichier public/falc/logo-facile-a-lire.png manque. ' +
        'Le logo appartient à Inclusion Europe : téléchargez-le sur easy-to-read.eu (page « European logo ») et enregistrez-le sous ce nom. ' +
        'Il est gratuit pour un texte écrit selon les règles européennes du facile à lire et relu par au moins une personne handicapée intellectuelle, nommée avec le texte.',
    ]);
    // Edited after validation: no logo any more (so no logo file needed), and the stale record is an error.
    writeFileSync(join(root, 'content/falc/pages/accueil.md'), validated.replace('Bienvenue.', 'Bienvenue à vous.'));
    expect((await checkContent(root)).issues.map((i) => `${i.severity} ${i.message}`)).toEqual([
      expect.stringMatching(/^error Texte modifié depuis sa validation .*\(falc:relecture\)$/),
    ]);
  }, CLI_TEST_TIMEOUT);
});
