/** HTML validity of every built page with html-validate (configuration: `.htmlvalidate.mjs`). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { BuiltPage } from './pages.ts';
import type { Violation } from './types.ts';

export interface HtmlOutcome {
  checked: number;
  violations: Violation[];
  errors: string[];
}

export async function validateHtml(pages: BuiltPage[]): Promise<HtmlOutcome> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const outcome: HtmlOutcome = { checked: 0, violations: [], errors: [] };
  for (const page of pages) {
    try {
      const report = await validator.validateFile(page.file);
      outcome.checked++;
      for (const result of report.results) {
        for (const m of result.messages) {
          outcome.violations.push({
            outil: 'html-validate',
            page: page.url,
            regle: m.ruleId,
            message: `${m.message} (ligne ${m.line}, colonne ${m.column})`,
            cible: m.selector ?? undefined,
            rgaa: ['8.2'],
            aide: m.ruleUrl ?? undefined,
          });
        }
      }
    } catch (error) {
      outcome.errors.push(`${page.url} : ${error instanceof Error ? error.message : String(error)}`);
    }
    await new Promise((done) => setImmediate(done)); // let the static server answer the browsers meanwhile
  }
  return outcome;
}
