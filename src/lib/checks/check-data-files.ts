/**
 * The data files the build reads besides the pages, checked like the pages'
 * front matter, with the same French messages at the line of the field
 * (data-file.ts): `content/site.yaml` and `content/rapport.yaml` (required)
 * and the accessibility statement's files in `content/accessibilite/`
 * (optional: the statement has defaults). Without this, a mistake there
 * stopped Astro's build in English, with a stack trace.
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { SITE_CONFIG_FILE } from '../site-config.ts';
import { REPORT_SHAPE_FILE, ReportShapeSchema } from '../../model/report-shape.ts';
import { AUDIT_FILE, AuditGridSchema, DECLARATION_FILE, DeclarationSchema } from '../accessibility/files.ts';
import { VERIFICATION_FILE, VerificationSchema } from '../accessibility/verification.ts';
import { readDataFile, type DataFile } from './data-file.ts';

/** The report's shape: read by the routes before anything else (src/integrations/report-routes.ts). */
export const REPORT_SHAPE_DATA_FILE = { path: REPORT_SHAPE_FILE, schema: ReportShapeSchema, required: true } as const satisfies DataFile;

export const DATA_FILE_SCHEMAS: readonly DataFile[] = [
  SITE_CONFIG_FILE,
  REPORT_SHAPE_DATA_FILE,
  { path: AUDIT_FILE, schema: AuditGridSchema, required: false },
  { path: DECLARATION_FILE, schema: DeclarationSchema, required: false },
  { path: VERIFICATION_FILE, schema: VerificationSchema, required: false },
];

export function checkDataFiles(root: string): ContentIssue[] {
  return DATA_FILE_SCHEMAS.flatMap((file) => readDataFile(root, file).issues);
}
