/**
 * Pairing rule of the product: every standard page has a FALC twin at the same
 * path under `content/falc/`, and every FALC page names the page it comes from.
 * No page is exempt. Pure: the caller reads the files.
 */
export interface ContentIssue {
  /** Path from the project root, e.g. `content/falc/ambitions/st-01.md`. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  severity: 'error' | 'warning';
  message: string;
  /**
   * The FALC writing rule that found it (`falc:phrase-longue`), when it comes from the FALC linter:
   * the preview's banner folds this writing advice apart from the warnings that say a page is stale.
   */
  rule?: string | undefined;
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
}

export function checkPairs({ standardPages, falcPages }: PairingInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const standard = new Set(standardPages);
  const falc = new Set(falcPages.map((f) => f.path));

  for (const page of standardPages) {
    if (falc.has(page)) continue;
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
  return issues;
}
