/**
 * A YAML mistake is named where the editor made it: the parser gives up later (often on the next field), so the
 * explanation must point back at the cause. Parsed with the same `yaml` library the content check uses.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yamlProblem } from '../../src/lib/checks/yaml-errors.ts';

function problemOf(yaml: string) {
  const [error] = parseDocument(yaml, { prettyErrors: false }).errors;
  if (!error) throw new Error('this YAML is valid');
  return yamlProblem(yaml, error);
}

describe('yamlProblem', () => {
  it('names the line where an unclosed « [ » opens, not the next field the parser stopped on', () => {
    expect(problemOf('type: ambition\ntitre: [cassé\nnumero: 1\n')).toEqual({
      line: 2,
      column: 8,
      explanation: 'un crochet « [ » ouvert ici n’est pas fermé : ajoutez « ] » à la fin de la valeur, ou mettez toute la valeur entre guillemets si ce signe fait partie du texte',
    });
  });

  it('names an unclosed « { » in a list item', () => {
    const problem = problemOf('actions:\n  - premier\n  - {second\nnumero: 1\n');
    expect(problem).toMatchObject({ line: 3, column: 5 });
    expect(problem.explanation).toMatch(/^une accolade « \{ » ouverte ici n’est pas fermée : ajoutez « \} »/);
  });

  it('does not blame a bracket that is closed', () => {
    const problem = problemOf('mots: [a, b]\ntitre: "pas fermé\nnumero: 1\n');
    expect(problem.explanation).toBe('un guillemet ouvert n’est pas fermé : ajoutez-le à la fin de la valeur');
    expect(problem.line).toBe(2);
  });
});
