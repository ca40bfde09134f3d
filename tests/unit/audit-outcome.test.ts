import { describe, expect, it } from 'vitest';
import { addOutcome, type PageCheckOutcome } from '../../scripts/audit/browser.ts';
import type { Violation } from '../../scripts/audit/types.ts';

const violation = (regle: string): Violation => ({ outil: 'axe', page: '/', regle, message: regle });

describe('addOutcome (one page, several variants: colour schemes, display settings)', () => {
  it('counts the page as checked only when every variant was, and keeps every violation and error', () => {
    const page: PageCheckOutcome = { checked: true, violations: [] };
    addOutcome(page, { checked: true, violations: [violation('a')] });
    expect(page).toEqual({ checked: true, violations: [violation('a')], error: undefined });
    addOutcome(page, { checked: false, violations: [], error: 'délai dépassé (sombre)' });
    addOutcome(page, { checked: true, violations: [violation('b')], error: 'onglet fermé' });
    expect(page.checked).toBe(false);
    expect(page.violations.map((v) => v.regle)).toEqual(['a', 'b']);
    expect(page.error).toBe('délai dépassé (sombre) ; onglet fermé');
  });
});
