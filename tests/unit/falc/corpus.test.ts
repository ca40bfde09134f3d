import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, createFalcLinter, readFrontMatter, shortMessage } from '../../../src/lib/falc/index.ts';

// Published French easy-to-read texts (tests/unit/falc/corpus/README.md gives
// their sources): the rules added for issue 16 must give no false alarm on them.
const CORPUS = join(import.meta.dirname, 'corpus');
export const CORPUS_RULES = [
  'falc:quantite-vague',
  'falc:expression-imagee',
  'falc:temps-et-annee',
  'falc:grand-nombre',
  'falc:phrases-a-la-limite',
  'falc:noms-propres',
  'falc:titres-monotones',
];
const pages = readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('published FALC corpus', () => {
  it('checks rules that exist', () => {
    for (const id of CORPUS_RULES) expect(RULE_IDS).toContain(id);
  });

  it('holds at least 3 texts', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it.each(pages)('%s: no message from the new rules', async (name) => {
    const linter = createFalcLinter({ only: CORPUS_RULES });
    const listing = pages.map((page) => String(readFrontMatter(readFileSync(join(CORPUS, page), 'utf8'))?.data?.['titre']));
    const report = await linter.lint(name, readFileSync(join(CORPUS, name), 'utf8'), { listing });
    expect(report.messages.map((message) => `${message.ruleId} ${shortMessage(message)}`)).toEqual([]);
    expect(report.stats.sentences).toBeGreaterThan(5);
  });
});
