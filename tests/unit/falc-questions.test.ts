/**
 * Comprehension questions of a FALC page (`questions:`): checked by the schema in
 * French, required by `falc:valider` and by the content check before a page is `valide`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { falcPageSchema } from '../../src/schemas/levels.ts';
import { checkSchema } from '../../src/lib/checks/check-schemas.ts';
import { checkFalcQuestions } from '../../src/lib/checks/check-falc-questions.ts';
import { lintFalcFields } from '../../src/lib/pairing/lint-falc-fields.ts';
import { toContentIssue } from '../../src/lib/pairing/lint-falc-field.ts';
import { parseFrontMatterSource } from '../../src/lib/checks/yaml-lines.ts';
import type { ContentFile } from '../../src/model/content-file.ts';
import { recordReview } from '../../src/lib/falc-validation.ts';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

const TWO_QUESTIONS = `questions:
  - question: Qui aide les communes ?
    reponse: Le Département.
  - question: Comment s'appelle le service ?
`;

function falcText(questions = '', statut = 'a-relire'): string {
  return `---
titre: Le Département aide les communes
source: ambitions/st-01
${questions}relecture:
  statut: ${statut}
  relecteurs: [Marie D.]
---

## :aide: De quoi parle cette page ?

Le Département aide les communes.
`;
}

function contentFile(text: string): ContentFile {
  const { data, body, bodyLine } = splitFrontMatter(text);
  return {
    path: 'content/falc/ambitions/st-01.md', collection: 'falc/ambitions', id: 'st-01', text,
    // The YAML between the two « --- », its first line being the file's line 2.
    source: parseFrontMatterSource(text.split('\n---\n')[0]!.slice('---\n'.length), 2), data, body, bodyLine,
  };
}

const base = { titre: 'x', source: 'ambitions/st-01', relecture: { statut: 'a-relire' } };
const messages = (questions: unknown) => {
  const result = falcPageSchema().safeParse({ ...base, questions });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('questions in the FALC page schema', () => {
  it('accepts 2 to 4 questions, each with or without its expected answer, and a page without questions', () => {
    const q = (n: number) => Array.from({ length: n }, (_, i) => ({ question: `Question ${i + 1} ?`, ...(i % 2 ? { reponse: 'Le Département.' } : {}) }));
    for (const n of [2, 3, 4]) expect(messages(q(n)), `${n} questions`).toEqual([]);
    expect(falcPageSchema().safeParse(base).success).toBe(true);
    expect(messages(q(1))).toEqual(['Écrivez au moins 2 questions de compréhension.']);
    expect(messages(q(5))).toEqual(['Écrivez au plus 4 questions de compréhension : une séance doit rester courte.']);
  });

  it('says in French what is wrong with a question', () => {
    expect(messages([{ question: 'Qui aide les communes' }, { question: 'Où ?' }])).toEqual(['Une question se termine par « ? ».']);
    expect(messages([{ question: 'Qui ?', reponse: ' ' }, { question: 'Où ?' }])).toEqual([
      'La réponse est vide : écrivez-la ou enlevez la ligne « reponse: ».',
    ]);
    expect(messages(['Qui ?', { question: 'Où ?' }])[0]).toMatch(/^Chaque question s’écrit « - question: … \? »/);
  });

  it('is reported by the content check at the line of the field, in French', () => {
    const issues = checkSchema(contentFile(falcText('questions:\n  - question: Qui aide les communes ?\n')));
    expect(issues).toEqual([
      expect.objectContaining({ line: 4, severity: 'error', message: '« questions » : Écrivez au moins 2 questions de compréhension.' }),
    ]);
  });
});

describe('the FALC linter on the questions', () => {
  it('reports a question that is not easy to read at its line, and leaves the expected answers alone', async () => {
    const questions = `questions:
  - question: Qui est accueilli dans la ferme ?
    reponse: Des jeunes qui sont accueillis par une association.
  - question: Qui aide les communes ?
`;
    const messages = await lintFalcFields({ pages: [contentFile(falcText(questions))], keyFigures: [], glossaryEntries: [] }, []);
    expect(messages.flatMap((text) => text.result).map(toContentIssue)).toEqual([
      expect.objectContaining({ line: 5, column: 19, severity: 'warning', message: expect.stringMatching(/^Question 1 : Voix passive « est accueilli ».*\(falc:voix-passive\)$/) }),
    ]);
  });
});

describe('a validated page needs its questions', () => {
  it('the content check reports a valide page without questions, and nothing for the others', () => {
    const [issue, ...rest] = checkFalcQuestions([contentFile(falcText('', 'valide'))]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'content/falc/ambitions/st-01.md', line: 5, severity: 'error' });
    expect(issue!.message).toMatch(/^Ce texte est validé, mais il n’a pas de questions de compréhension\. Ajoutez/);
    expect(checkFalcQuestions([contentFile(falcText(TWO_QUESTIONS, 'valide')), contentFile(falcText('', 'relu'))])).toEqual([]);
  });

  it('recordReview refuses valide without 2 to 4 questions, and records the changes made otherwise', () => {
    const review = { statut: 'valide' as const, relecteurs: ['Marie D.'], date: '2026-12-05' };
    expect(() => recordReview(falcText(), 'source', review)).toThrow(/^Cette page n’a pas de questions de compréhension : un texte validé en a 2 à 4/);
    const five = `questions:\n${Array.from({ length: 5 }, (_, i) => `  - question: Question ${i} ?\n`).join('')}`;
    expect(() => recordReview(falcText(five), 'source', review)).toThrow(/^Cette page a 5 questions de compréhension/);
    expect(() => recordReview(falcText(), 'source', { ...review, statut: 'relu' })).not.toThrow();
    const recorded = splitFrontMatter(recordReview(falcText(TWO_QUESTIONS), 'source', { ...review, changements: 'Le mot « ingénierie » est expliqué.' }));
    expect(recorded.data.relecture).toEqual({ statut: 'valide', relecteurs: ['Marie D.'], date: '2026-12-05', changements: 'Le mot « ingénierie » est expliqué.' });
    expect((recorded.data.questions as unknown[]).length).toBe(2);
  });
});

describe('npm run falc:valider and falc:seance on a page without questions', () => {
  const root = mkdtempSync(join(tmpdir(), 'questions-'));
  const falcFile = join(root, 'content/falc/ambitions/st-01.md');
  for (const [path, text] of [
    ['content/ambitions/st-01.md', '---\ntitre: Ambition\n---\n\nTexte de la page complète.\n'],
    ['content/falc/ambitions/st-01.md', falcText()],
    ['content/rapport.yaml', readFileSync('content/rapport.yaml', 'utf8')],
  ] as const) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const valider = () =>
    runNode(resolve('scripts/falc-valider.ts'), ['st-01', '--statut', 'valide', '--relecteurs', 'Marie D.', '--changements', 'Une phrase coupée en deux.'], { cwd: root });

  it('falc:seance will not print a pack for a page without questions, and says what to add', () => {
    const result = runNode(resolve('scripts/falc-seance.ts'), ['ambitions/st-01', '--dossier', join(root, 'seance')], { cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'content/falc/ambitions/st-01.md : pas de questions de compréhension. Ajoutez dans l’en-tête 2 à 4 questions à poser aux lecteurs ' +
        '(« questions: », puis une ligne « - question: … ? » par question, avec si besoin « reponse: … »).\n',
    );
    expect(existsSync(join(root, 'seance'))).toBe(false);
  }, CLI_TEST_TIMEOUT);

  it('refuses a page without questions, in French, saying what to add, and leaves the file as it was', () => {
    const result = valider();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/falc/ambitions/st-01.md : Cette page n’a pas de questions de compréhension');
    expect(result.stderr).toContain('questions:\n  - question: Qui aide les communes ?\n    reponse: Le Département.');
    expect(readFileSync(falcFile, 'utf8')).toBe(falcText());
  }, CLI_TEST_TIMEOUT);

  it('records the review once the questions are written', () => {
    writeFileSync(falcFile, falcText(TWO_QUESTIONS));
    const result = valider();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { data } = splitFrontMatter(readFileSync(falcFile, 'utf8'));
    expect(data.relecture).toMatchObject({ statut: 'valide', relecteurs: ['Marie D.'], changements: 'Une phrase coupée en deux.' });
  }, CLI_TEST_TIMEOUT);
});
