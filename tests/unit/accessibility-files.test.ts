/** The statement's data files: today's committed state, and the French errors of a badly filled grid. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuditGrid, readDeclaration, toHumanAudit } from '../../src/lib/accessibility/files.ts';
import { readVerification } from '../../src/lib/accessibility/verification.ts';
import { computeStatus } from '../../src/lib/accessibility/status.ts';

const dir = mkdtempSync(join(tmpdir(), 'a11y-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('committed data', () => {
  it('has an empty human audit grid, so the site is « non conforme »', () => {
    const grid = readAuditGrid();
    expect(grid.criteres).toEqual([]);
    expect(computeStatus({ audit: toHumanAudit(grid), automated: readVerification(), today: new Date() }).statut).toBe('non conforme');
  });

  it('has a readable statement file and, if recorded, a well-formed automated result', () => {
    expect(readDeclaration().technologies.length).toBeGreaterThan(0);
    const verification = readVerification();
    if (verification) expect(verification.pages.total).toBeGreaterThan(0);
  });
});

describe('audit grid', () => {
  it('reads quoted criterion numbers, dates and comments', () => {
    const grid = readAuditGrid(file('ok.yaml', 'date: 2026-05-04\nauditeur: Exemple\ncriteres:\n  - critere: "10.10"\n    statut: NA\n    commentaire: Pas de contenu concerné.\n'));
    expect(grid).toMatchObject({ date: '2026-05-04', auditeur: 'Exemple', criteres: [{ critere: '10.10', statut: 'NA', commentaire: 'Pas de contenu concerné.' }] });
  });

  it('asks for quotes around a criterion number (10.10 would read as 10.1) and for C, NC or NA', () => {
    expect(() => readAuditGrid(file('number.yaml', 'criteres:\n  - critere: 10.10\n    statut: C\n'))).toThrow(/entre guillemets/);
    expect(() => readAuditGrid(file('status.yaml', 'criteres:\n  - critere: "1.1"\n    statut: OK\n'))).toThrow(/C, NC ou NA/);
  });

  it('treats a missing automated result as « not recorded yet »', () => {
    expect(readVerification(join(dir, 'absent.yaml'))).toBeUndefined();
    expect(() => readVerification(file('bad.yaml', 'date: hier\n'))).toThrow(/npm run audit -- --enregistrer/);
  });
});
