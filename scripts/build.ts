/**
 * `npm run build`: the content check first (it stops on any error, with the
 * editors' French messages), then Astro's build and the search index into `.dist-construction/`,
 * swapped in place of `dist/` only when it succeeded. Interrupted (Ctrl+C, or
 * SIGTERM to this process only), it stops Astro or Pagefind with all their
 * processes and removes the half-built folder: `dist/` stays as it was.
 */
import { rmSync } from 'node:fs';
import { checkContent } from '../src/lib/check-content.ts';
import { formatIssues, summarise } from '../src/lib/report-issues.ts';
import { safeBuild } from '../src/lib/build/safe-build.ts';
import { buildSite, stopBuild } from '../src/lib/build/build-site.ts';

const STAGING = '.dist-construction';
let interrupted = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    interrupted = true;
    void stopBuild(signal).then(() => {
      rmSync(STAGING, { recursive: true, force: true });
      console.error('\nLa construction est interrompue. Le site déjà publié dans dist/ n’a pas changé.');
      process.exit(code);
    });
  });
}

const { issues } = await checkContent();
if (issues.length > 0) console.log(formatIssues(issues) + '\n');
console.log(`Vérification du contenu : ${summarise(issues)}`);
if (issues.some((i) => i.severity === 'error')) {
  console.error('\nLa construction est arrêtée : corrigez les erreurs ci-dessus. Le site déjà publié dans dist/ n’a pas changé.');
  process.exit(1);
}

const ok = await safeBuild({ build: buildSite, target: 'dist', staging: STAGING });
if (!ok && !interrupted) {
  console.error('\nLa construction a échoué (voir les messages ci-dessus). Le site précédent, dans dist/, est intact.');
  process.exit(1);
}
