import { describe, expect, it } from 'vitest';
import { reviewState } from '../../src/lib/falc-review.ts';

const HASH = '0123456789abcdef';

describe('reviewState: when the European easy-to-read logo may be shown', () => {
  it('shows it for a validated text with named readers and an unchanged text', () => {
    expect(
      reviewState({ relecture: { statut: 'valide', relecteurs: ['Marie D.'] }, empreintes: { falc: HASH } }, HASH),
    ).toEqual({ kind: 'validated', readers: ['Marie D.'], date: undefined });
  });
  it.each([
    ['a text still to review', { statut: 'a-relire' as const, relecteurs: [] }, HASH, 'not-reviewed'],
    ['a text read by the team, then changed', { statut: 'relu' as const, relecteurs: ['Marie D.'] }, 'ffffffffffffffff', 'not-reviewed'],
    ['a validated text without readers', { statut: 'valide' as const, relecteurs: [] }, HASH, 'no-readers'],
    ['a validated text changed since', { statut: 'valide' as const, relecteurs: ['Marie D.'] }, 'ffffffffffffffff', 'text-changed'],
  ])('refuses it for %s', (_label, relecture, current, reason) => {
    expect(reviewState({ relecture, empreintes: { falc: HASH } }, current)).toEqual({ kind: 'not-validated', reason });
  });
  it('refuses it for a text read by the team only, and says who read it', () => {
    expect(reviewState({ relecture: { statut: 'relu', relecteurs: ['Marie D.'] }, empreintes: { falc: HASH } }, HASH)).toEqual({
      kind: 'read-by-team',
      readers: ['Marie D.'],
    });
  });
});
