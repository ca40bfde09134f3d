/**
 * `npm run lint:content`: the editors' check of `content/`, in French, grouped by
 * file. Exit code 1 when there is an error. `npm run build` runs it first.
 */
import { checkContent } from '../src/lib/check-content.ts';
import { formatIssues, summarise } from '../src/lib/report-issues.ts';

try {
  const { issues } = await checkContent();
  if (issues.length > 0) console.log(formatIssues(issues) + '\n');
  console.log(`Vérification du contenu : ${summarise(issues)}`);
  process.exitCode = issues.some((i) => i.severity === 'error') ? 1 : 0;
} catch (error) {
  console.error(`La vérification du contenu n’a pas pu se faire : ${(error as Error).message}`);
  process.exitCode = 1;
}
