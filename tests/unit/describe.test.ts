import { describe as group, expect, it } from 'vitest';
import { describe } from '../../src/lib/describe.ts';

group('describe', () => {
  it('strips Markdown marks and keeps short text whole', () => {
    expect(describe('Le **Département** agit.')).toBe('Le Département agit.');
  });
  it('cuts long text at a word boundary with an ellipsis, within the limit', () => {
    const text = 'mot '.repeat(100);
    const out = describe(text, 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.endsWith('mot…')).toBe(true);
  });
});
