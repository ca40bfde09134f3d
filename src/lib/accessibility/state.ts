/**
 * Everything the accessibility statement and the footer show, read once per
 * build: the human audit grid, the last recorded automated audit, the
 * statement's own fields, and the status computed from them.
 */
import { readAuditGrid, readDeclaration, toHumanAudit, type AuditGrid, type Declaration } from './files.ts';
import { readVerification, type Verification } from './verification.ts';
import { computeStatus, type StatusResult } from './status.ts';

export interface AccessibilityState {
  status: StatusResult;
  grid: AuditGrid;
  declaration: Declaration;
  /** Undefined when no automated audit has been recorded yet. */
  verification: Verification | undefined;
  /** Date the status was computed (the build). */
  today: Date;
}

let cached: AccessibilityState | undefined;

export function accessibilityState(): AccessibilityState {
  if (cached) return cached;
  const today = new Date();
  const grid = readAuditGrid();
  const declaration = readDeclaration();
  const verification = readVerification();
  const status = computeStatus({ audit: toHumanAudit(grid), automated: verification, today });
  cached = { status, grid, declaration, verification, today };
  return cached;
}

/** « 28 novembre 2026 » from an ISO date or date-time. */
export function frenchDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(date);
}
