/** The RGAA conformity status computed for the statement and the footer. */
import { describe, expect, it } from 'vitest';
import { auditProblems, computeStatus, type GridEntry, type HumanAudit } from '../../src/lib/accessibility/status.ts';
import { RGAA_CRITERIA, RGAA_THEMES } from '../../src/lib/accessibility/rgaa.ts';

const today = new Date('2026-11-28T12:00:00Z');

/** A complete grid: every criterion C, except those given. */
function grid(overrides: Record<string, GridEntry['statut']> = {}, date = '2026-06-01'): HumanAudit {
  return {
    date,
    auditeur: 'Cabinet d’audit (exemple)',
    criteres: RGAA_CRITERIA.map((critere) => {
      const statut = overrides[critere] ?? 'C';
      return { critere, statut, commentaire: statut === 'C' ? undefined : 'Expliqué dans le rapport.' };
    }),
  };
}

const passing = { date: '2026-11-20T10:00:00Z', reussie: true, criteresEnEchec: [], violations: 0, violationsNonRattachees: 0 };

describe('RGAA 4.1.2', () => {
  it('has 13 themes and 106 criteria, numbered from 1.1 to 13.12', () => {
    expect(RGAA_THEMES).toHaveLength(13);
    expect(RGAA_CRITERIA).toHaveLength(106);
    expect(new Set(RGAA_CRITERIA).size).toBe(106);
    expect(RGAA_CRITERIA[0]).toBe('1.1');
    expect(RGAA_CRITERIA.at(-1)).toBe('13.12');
  });
});

describe('without a valid human audit', () => {
  it('is « non conforme » with no rate when no audit is recorded (today’s empty grid)', () => {
    const status = computeStatus({ audit: { criteres: [] }, automated: passing, today });
    expect(status.statut).toBe('non conforme');
    expect(status.auditValide).toBe(false);
    expect(status.taux).toBeNull();
    expect(status.problemesAudit).toEqual(['Aucun audit de conformité réalisé par une personne n’a été enregistré.']);
  });

  it('is « non conforme » even when the automated audit found nothing: automation cannot validate', () => {
    expect(computeStatus({ audit: undefined, automated: passing, today }).statut).toBe('non conforme');
    expect(computeStatus({ audit: undefined, automated: undefined, today }).statut).toBe('non conforme');
  });

  it('still lists the criteria failed automatically', () => {
    const status = computeStatus({ audit: undefined, automated: { ...passing, reussie: false, criteresEnEchec: ['3.2', '10.11'], violations: 3 }, today });
    expect(status.nonConformes).toEqual(['3.2', '10.11']);
  });

  it('rejects an incomplete grid, saying how many criteria are missing', () => {
    const audit = grid();
    const problems = auditProblems({ ...audit, criteres: audit.criteres.slice(0, 100) }, today);
    expect(problems).toEqual([expect.stringContaining('6 critères sur 106 ne sont pas évalués')]);
    expect(computeStatus({ audit: { ...audit, criteres: audit.criteres.slice(0, 100) }, today }).statut).toBe('non conforme');
  });

  it('rejects a grid without date or auditor, an unknown or repeated criterion, NC or NA without comment', () => {
    const audit = grid();
    const criteres = [...audit.criteres, { critere: '14.1', statut: 'C' as const }, { critere: '1.1', statut: 'C' as const }];
    criteres[2] = { critere: '1.3', statut: 'NC' };
    const problems = auditProblems({ date: undefined, auditeur: ' ', criteres }, today);
    expect(problems).toEqual([
      'La date de l’audit manque.',
      'Le nom de l’auditeur ou de l’organisme manque.',
      'Le critère 1.3 est NC sans commentaire : expliquez pourquoi.',
      'Le critère « 14.1 » n’existe pas dans le RGAA.',
      'Le critère 1.1 apparaît plusieurs fois.',
    ]);
  });

  it('rejects an audit of more than 3 years, a date in the future or not a real day', () => {
    expect(auditProblems(grid({}, '2023-11-28'), today)).toEqual([expect.stringContaining('plus de 3 ans')]);
    expect(auditProblems(grid({}, '2023-11-29'), today)).toEqual([]);
    expect(auditProblems(grid({}, '2027-01-01'), today)).toEqual([expect.stringContaining('dans le futur')]);
    expect(auditProblems(grid({}, '2026-02-30'), today)).toEqual([expect.stringContaining('n’est pas une date')]);
  });
});

describe('with a valid human audit', () => {
  it('is « totalement conforme » when every applicable criterion is met', () => {
    const status = computeStatus({ audit: grid({ '4.1': 'NA', '5.1': 'NA' }), automated: passing, today });
    expect(status).toMatchObject({ statut: 'totalement conforme', auditValide: true, taux: 100, nonConformes: [] });
    expect(status.nonApplicables).toEqual(['4.1', '5.1']);
  });

  it('computes the rate over applicable criteria only (C ÷ (C + NC)), rounded down', () => {
    // 2 NA, 3 NC: 101 C out of 104 applicable = 97.11… %
    const status = computeStatus({ audit: grid({ '4.1': 'NA', '4.2': 'NA', '1.1': 'NC', '3.2': 'NC', '10.7': 'NC' }), today });
    expect(status.statut).toBe('partiellement conforme');
    expect(status.taux).toBe(97.1);
    expect(status.nonConformes).toEqual(['1.1', '3.2', '10.7']);
  });

  it('is « partiellement conforme » from 50 % and « non conforme » below', () => {
    const half = Object.fromEntries(RGAA_CRITERIA.slice(0, 53).map((c) => [c, 'NC' as const]));
    expect(computeStatus({ audit: grid(half), today })).toMatchObject({ statut: 'partiellement conforme', taux: 50 });
    const more = Object.fromEntries(RGAA_CRITERIA.slice(0, 54).map((c) => [c, 'NC' as const]));
    expect(computeStatus({ audit: grid(more), today })).toMatchObject({ statut: 'non conforme', taux: 49 });
  });

  it('lets an automated failure override a « C » of the grid, and says the statement needs a look', () => {
    const automated = { ...passing, date: '2026-11-27T10:00:00Z', reussie: false, criteresEnEchec: ['3.2', '8.2'], violations: 4 };
    const status = computeStatus({ audit: grid({ '8.2': 'NC' }), automated, today });
    expect(status.statut).toBe('partiellement conforme');
    expect(status.nonConformes).toEqual(['3.2', '8.2']);
    expect(status.contredits).toEqual(['3.2']);
    expect(status.taux).toBe(98.1);
    expect(status.aRevoir).toEqual([
      expect.stringContaining('(3.2)'),
      'La dernière vérification automatique, postérieure à l’audit, a échoué : la déclaration doit être revue.',
    ]);
  });

  it('also overrides « NA »: a criterion failed automatically applies to the site', () => {
    const automated = { ...passing, reussie: false, criteresEnEchec: ['5.1'], violations: 1 };
    const status = computeStatus({ audit: grid({ '5.1': 'NA' }), automated, today });
    expect(status.nonConformes).toEqual(['5.1']);
    expect(status.nonApplicables).toEqual([]);
  });

  it('never claims full conformity while automated failures without a criterion remain', () => {
    const automated = { ...passing, reussie: false, violations: 2, violationsNonRattachees: 2 };
    const status = computeStatus({ audit: grid(), automated, today });
    expect(status.taux).toBe(100);
    expect(status.statut).toBe('partiellement conforme');
    expect(status.aRevoir).toEqual([
      expect.stringContaining('2 erreurs rattachées à aucun critère'),
      expect.stringContaining('postérieure à l’audit, a échoué'),
    ]);
  });
});
