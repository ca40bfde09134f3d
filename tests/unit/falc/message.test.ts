import { describe, expect, it } from 'vitest';
import { lintFalcText } from '../../../src/lib/falc/index.ts';

describe('message object', () => {
  it('carries position, ruleId, source, url, actual and expected (retext-simplify style)', async () => {
    const report = await lintFalcText('Le dispositif aide les familles.\n', { only: ['falc:jargon'] });
    expect(report.messages).toHaveLength(1);
    const message = report.messages[0]!;
    expect({
      reason: message.reason,
      line: message.line,
      column: message.column,
      place: message.place,
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      actual: message.actual,
      expected: message.expected,
      fatal: message.fatal,
    }).toEqual({
      reason: 'Mot administratif « dispositif » : dites-le plus simplement, par exemple « aide » ou « service » ou « action ».',
      line: 1,
      column: 4,
      place: { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 14, offset: 13 } },
      ruleId: 'falc:jargon',
      source: 'falc',
      url: 'https://github.com/rapport-falc/rapport-falc/blob/main/docs/regles-falc/jargon.md',
      actual: 'dispositif',
      expected: ['aide', 'service', 'action'],
      fatal: false,
    });
  });

  it('splits one rule into a warning (13 to 15 words) and an error (16 and more)', async () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => (index === 0 ? 'Le' : 'mot')).join(' ') + '.';
    const report = await lintFalcText(`${words(13)}\n${words(16)}\n`, { only: ['falc:phrase-longue'] });
    expect(report.messages.map((message) => [message.line, message.fatal])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('takes rule options and severities from the caller', async () => {
    const text = 'Le Département aide les jeunes, les familles, les communes, les associations.\n';
    const strict = await lintFalcText(text, { only: ['falc:virgules'], rules: { 'falc:virgules': ['error', { max: 1 }] } });
    expect(strict.messages.map((message) => [message.reason, message.fatal])).toEqual([
      ['Phrase avec 3 virgules : 1 au plus. Coupez-la en phrases plus courtes.', true],
    ]);
    const off = await lintFalcText(text, { rules: { 'falc:virgules': 'off' } });
    expect(off.messages.filter((message) => message.ruleId === 'falc:virgules')).toEqual([]);
  });

  it('refuses an unknown rule id in the options, in French', async () => {
    await expect(lintFalcText('', { rules: { 'falc:inconnue': 'error' } })).rejects.toThrow(/Règle « falc:inconnue » inconnue/);
  });
});
