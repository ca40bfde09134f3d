/**
 * `npm run build`: the content check first (it stops on any error, with the
 * editors' French messages), then Astro's build and the search index into `.dist-construction/`,
 * swapped in place of `dist/` only when it succeeded; last, the list of glossary links to review.
 */
import { checkContent } from '../src/lib/check-content.ts';
import { formatIssues, summarise } from '../src/lib/report-issues.ts';
import { safeBuild } from '../src/lib/build/safe-build.ts';
import { buildSite } from '../src/lib/build/build-site.ts';
import { describeSummary, writeGlossaryReport } from '../src/lib/build/glossary-report.ts';

const { issues } = await checkContent();
if (issues.length > 0) console.log(formatIssues(issues) + '\n');
console.log(`Vérification du contenu : ${summarise(issues)}`);
if (issues.some((i) => i.severity === 'error')) {
  console.error('\nLa construction est arrêtée : corrigez les erreurs ci-dessus. Le site déjà publié dans dist/ n’a pas changé.');
  process.exit(1);
}

const ok = await safeBuild({ build: buildSite, target: 'dist', staging: '.dist-construction' });
if (!ok) {
  console.error('\nLa construction a échoué (voir les messages ci-dessus). Le site précédent, dans dist/, est intact.');
  process.exit(1);
}
console.log(describeSummary(writeGlossaryReport('.', 'dist')));
