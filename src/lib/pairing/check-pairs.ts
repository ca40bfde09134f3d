/**
 * Pairing rule of the product: every standard page has a FALC twin at the same
 * path under `content/falc/`, and every FALC page names the page it comes from.
 * Pages whose FALC text is still to write are listed in `content/falc/a-ecrire.yaml`;
 * nothing else may skip the check. Pure: the caller reads the files.
 */
export interface ContentIssue {
  /** Path from the project root, e.g. `content/falc/ambitions/st-01.md`. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  severity: 'error' | 'warning';
  message: string;
}

export interface FalcFileFacts {
  /** `<collection>/<id>`, from the file's path under content/falc/. */
  path: string;
  /** The `source` field, if any. */
  source?: string | undefined;
  sourceLine?: number | undefined;
}

export interface PairingInput {
  /** Every standard page that has a route, as `<collection>/<id>`. */
  standardPages: readonly string[];
  falcPages: readonly FalcFileFacts[];
  /** Entries of content/falc/a-ecrire.yaml with their line. */
  toWrite: readonly { page: string; line: number }[];
}

export const TO_WRITE_FILE = 'content/falc/a-ecrire.yaml';

export function checkPairs({ standardPages, falcPages, toWrite }: PairingInput): {
  issues: ContentIssue[];
  /** Standard pages whose FALC route shows the "still to write" notice. */
  placeholders: Set<string>;
} {
  const issues: ContentIssue[] = [];
  const standard = new Set(standardPages);
  const falc = new Set(falcPages.map((f) => f.path));
  const placeholders = new Set<string>();

  for (const entry of toWrite) {
    if (!standard.has(entry.page)) {
      issues.push({
        file: TO_WRITE_FILE, line: entry.line, severity: 'error',
        message: `« ${entry.page} » n’est pas une page du site : retirez cette ligne ou corrigez le nom (par exemple « ambitions/st-01 »).`,
      });
    } else if (falc.has(entry.page)) {
      issues.push({
        file: TO_WRITE_FILE, line: entry.line, severity: 'error',
        message: `La version facile à lire de « ${entry.page} » existe maintenant : retirez cette ligne de la liste des pages à écrire.`,
      });
    } else {
      placeholders.add(entry.page);
    }
  }

  for (const page of standardPages) {
    if (falc.has(page) || placeholders.has(page)) continue;
    issues.push({
      file: `content/${page}.md`, severity: 'error',
      message:
        `La version facile à lire de cette page manque. Créez le fichier content/falc/${page}.md ` +
        `avec dans l’en-tête « titre: … », « source: ${page} » et « relecture: { statut: a-relire } » ` +
        '(voir docs/guide-redaction.md).',
    });
  }

  for (const file of falcPages) {
    const where = `content/falc/${file.path}.md`;
    // A missing `source` is reported by the front matter check, with the field's line.
    if (!file.source) continue;
    if (file.source !== file.path) {
      issues.push({
        file: where, line: file.sourceLine, severity: 'error',
        message: `La source « ${file.source} » ne correspond pas à l’emplacement du fichier : écrivez « source: ${file.path} », ou déplacez le fichier dans content/falc/${file.source}.md.`,
      });
    } else if (!standard.has(file.source)) {
      issues.push({
        file: where, line: file.sourceLine, severity: 'error',
        message: `La page d’origine content/${file.source}.md n’existe pas : supprimez cette version facile à lire ou recréez la page d’origine.`,
      });
    }
  }
  return { issues, placeholders };
}
