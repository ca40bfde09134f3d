/**
 * The conformity status of the site under the RGAA rules. Pure: the caller
 * reads the files and gives the date.
 *
 * - A valid human audit is required: it lists every RGAA criterion once (C, NC
 *   or NA, with a comment for NC and NA), has a date and an auditor, and is less
 *   than 3 years old. Without one, the site is « non conforme ».
 * - An automated failure always overrides the grid: a criterion failed by the
 *   automated audit counts as NC, whatever the grid says.
 * - Rate = criteria met ÷ applicable criteria (C + NC). « totalement conforme »
 *   when no applicable criterion fails, « partiellement conforme » from 50 %,
 *   « non conforme » below.
 */
import { compareCriteria, RGAA_CRITERIA } from './rgaa.ts';

export type CriterionStatus = 'C' | 'NC' | 'NA';
export type ConformityStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

export interface GridEntry {
  critere: string;
  statut: CriterionStatus;
  commentaire?: string | undefined;
}

export interface HumanAudit {
  /** End date of the audit, `AAAA-MM-JJ`. */
  date?: string | undefined;
  auditeur?: string | undefined;
  criteres: readonly GridEntry[];
}

export interface AutomatedSummary {
  /** ISO date of the automated audit. */
  date: string;
  reussie: boolean;
  /** RGAA criteria failed by an automated check. */
  criteresEnEchec: readonly string[];
  violations: number;
  /** Failures that no RGAA criterion is known for. */
  violationsNonRattachees: number;
}

export interface StatusInput {
  audit?: HumanAudit | undefined;
  automated?: AutomatedSummary | undefined;
  today: Date;
  /** The criteria of the standard (defaults to the 106 of RGAA 4.1.2). */
  criteria?: readonly string[];
}

export interface StatusResult {
  statut: ConformityStatus;
  auditValide: boolean;
  /** Why the human audit is missing or not valid (empty when it is valid). */
  problemesAudit: string[];
  /** Percentage of applicable criteria met, one decimal; null without a valid audit. */
  taux: number | null;
  conformes: string[];
  nonConformes: string[];
  nonApplicables: string[];
  /** Criteria the grid says C (or NA) but an automated check failed. */
  contredits: string[];
  /** The statement needs a new look (e.g. automated failures found after the audit). */
  aRevoir: string[];
}

const MAX_AGE_YEARS = 3;

function isoDay(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : date;
}

/** Problems that make the human audit invalid; empty when it is valid. */
export function auditProblems(audit: HumanAudit | undefined, today: Date, criteria: readonly string[] = RGAA_CRITERIA): string[] {
  if (!audit || audit.criteres.length === 0) return ['Aucun audit de conformité réalisé par une personne n’a été enregistré.'];
  const problems: string[] = [];
  const date = audit.date ? isoDay(audit.date) : undefined;
  if (!audit.date) problems.push('La date de l’audit manque.');
  else if (!date) problems.push(`La date de l’audit « ${audit.date} » n’est pas une date AAAA-MM-JJ.`);
  else if (date.getTime() > today.getTime()) problems.push(`La date de l’audit (${audit.date}) est dans le futur.`);
  else {
    const limit = new Date(date);
    limit.setUTCFullYear(limit.getUTCFullYear() + MAX_AGE_YEARS);
    if (today.getTime() >= limit.getTime()) problems.push(`L’audit date de plus de ${MAX_AGE_YEARS} ans (${audit.date}) : il doit être refait.`);
  }
  if (!audit.auditeur?.trim()) problems.push('Le nom de l’auditeur ou de l’organisme manque.');

  const known = new Set(criteria);
  const seen = new Set<string>();
  for (const entry of audit.criteres) {
    if (!known.has(entry.critere)) problems.push(`Le critère « ${entry.critere} » n’existe pas dans le RGAA.`);
    else if (seen.has(entry.critere)) problems.push(`Le critère ${entry.critere} apparaît plusieurs fois.`);
    seen.add(entry.critere);
    if (entry.statut !== 'C' && !entry.commentaire?.trim()) {
      problems.push(`Le critère ${entry.critere} est ${entry.statut} sans commentaire : expliquez pourquoi.`);
    }
  }
  const missing = criteria.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    problems.push(
      `${missing.length} critère${missing.length > 1 ? 's' : ''} sur ${criteria.length} ne ${missing.length > 1 ? 'sont' : 'est'} pas évalué${missing.length > 1 ? 's' : ''}` +
        ` (${missing.slice(0, 6).join(', ')}${missing.length > 6 ? '…' : ''}).`,
    );
  }
  return problems;
}

export function computeStatus({ audit, automated, today, criteria = RGAA_CRITERIA }: StatusInput): StatusResult {
  const problems = auditProblems(audit, today, criteria);
  const failedAutomatically = new Set(automated?.criteresEnEchec ?? []);
  const aRevoir: string[] = [];

  if (problems.length > 0 || !audit) {
    return {
      statut: 'non conforme',
      auditValide: false,
      problemesAudit: problems,
      taux: null,
      conformes: [],
      nonConformes: [...failedAutomatically].sort(compareCriteria),
      nonApplicables: [],
      contredits: [],
      aRevoir,
    };
  }

  const conformes: string[] = [];
  const nonConformes: string[] = [];
  const nonApplicables: string[] = [];
  const contredits: string[] = [];
  for (const entry of audit.criteres) {
    if (failedAutomatically.has(entry.critere)) {
      nonConformes.push(entry.critere);
      if (entry.statut !== 'NC') contredits.push(entry.critere);
    } else if (entry.statut === 'C') conformes.push(entry.critere);
    else if (entry.statut === 'NC') nonConformes.push(entry.critere);
    else nonApplicables.push(entry.critere);
  }
  const applicable = conformes.length + nonConformes.length;
  const taux = applicable === 0 ? 100 : Math.floor((conformes.length / applicable) * 1000) / 10;

  if (contredits.length > 0) {
    aRevoir.push(
      `La vérification automatique a trouvé des erreurs sur des critères que l’audit déclare conformes ou non applicables (${contredits.sort(compareCriteria).join(', ')}) : ils sont comptés non conformes.`,
    );
  }
  const unmapped = automated?.violationsNonRattachees ?? 0;
  if (unmapped > 0) {
    aRevoir.push(`La vérification automatique a trouvé ${unmapped} erreur${unmapped > 1 ? 's' : ''} rattachée${unmapped > 1 ? 's' : ''} à aucun critère : un auditeur doit les examiner.`);
  }
  if (automated && !automated.reussie && audit.date && automated.date.slice(0, 10) > audit.date) {
    aRevoir.push('La dernière vérification automatique, postérieure à l’audit, a échoué : la déclaration doit être revue.');
  }

  // Automated failures that no criterion is known for forbid a claim of full conformity, even at 100 %.
  let statut: ConformityStatus;
  if (nonConformes.length === 0 && unmapped === 0) statut = 'totalement conforme';
  else if (taux >= 50) statut = 'partiellement conforme';
  else statut = 'non conforme';

  return {
    statut,
    auditValide: true,
    problemesAudit: [],
    taux,
    conformes: conformes.sort(compareCriteria),
    nonConformes: nonConformes.sort(compareCriteria),
    nonApplicables: nonApplicables.sort(compareCriteria),
    contredits: contredits.sort(compareCriteria),
    aRevoir,
  };
}
