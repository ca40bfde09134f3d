/** What every part of the audit reports, so that the summary and the JSON report treat them alike. */

export type ToolId = 'pa11y-ci' | 'axe' | 'clavier' | 'affichage' | 'reglages' | 'html-validate' | 'liens' | 'lecture-vocale';

export const TOOL_LABELS: Record<ToolId, string> = {
  'pa11y-ci': 'pa11y-ci (axe + HTML_CodeSniffer, WCAG2AA)',
  axe: 'Playwright + axe-core (thèmes clair et sombre)',
  clavier: 'Navigation au clavier',
  affichage: 'Affichage à 320 px (avec et sans l’espacement du texte WCAG), texte à 200 % et premier écran d’un téléphone',
  reglages: 'Paramètres d’affichage (thème choisi, texte très grand, espacement, police lisible)',
  'html-validate': 'Validité HTML (html-validate)',
  liens: 'Liens internes et intitulés de liens',
  'lecture-vocale': 'Lecture à voix haute des nombres, numéros et dates (eSpeak NG)',
};

export interface Violation {
  outil: ToolId;
  /** URL path of the page, e.g. `/edito/`. */
  page: string;
  /** Identifier of the rule or check, e.g. `color-contrast`, `focus-visible`. */
  regle: string;
  /** What is wrong, in French where the audit writes it (tool messages are kept as given). */
  message: string;
  /** The element(s) concerned: a CSS selector or a short description. */
  cible?: string | undefined;
  /** Condition of the check: `clair`, `sombre`, `320 px`, `texte 200 %`… */
  variante?: string | undefined;
  /** RGAA criteria this rule can fail (e.g. `3.2`), when known. */
  rgaa?: string[] | undefined;
  /** Link to the rule's documentation. */
  aide?: string | undefined;
}

export interface ToolResult {
  outil: ToolId;
  version: string;
  /** Pages actually checked. */
  pages: number;
  /** Pages this tool was expected to check. */
  attendues: number;
  violations: Violation[];
  /** Violations matched by an entry of `ignores.ts` (not counted as failures). */
  ignorees: Violation[];
  /** An error of the tool itself (a crash, a page that could not be loaded): it fails the audit too. */
  erreurs: string[];
  dureeMs: number;
}
