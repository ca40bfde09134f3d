/**
 * The work of `npm run build` (scripts/build.ts), imported once Node's compile cache is on.
 */
import { rmSync } from 'node:fs';
import { safeBuild } from '../../src/lib/build/safe-build.ts';
import { buildSite, checkContent, stepCpu, stopBuild } from '../../src/lib/build/build-site.ts';
import { formatStepCpu, STEP_CPU_LABEL } from '../../src/lib/build/step-cpu.ts';
import { formatPlaceholders, placeholderCount, publicationPlaceholders } from '../../src/lib/checks/publication-placeholders.ts';
import { describeSummary, writeGlossaryReport } from '../../src/lib/build/glossary-report.ts';
import { readCommandLine } from './command-line.ts';

const STAGING = '.dist-construction';
/** `npm run build -- --details`: Astro's full output, a line per page built, and the CPU time of each step. */
const details = readCommandLine({ options: { details: { type: 'boolean' } } }).values.details ?? false;
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

if (!(await checkContent())) {
  // Interrupted: the signal handler ends the process once the check's process is stopped.
  if (interrupted) await new Promise(() => {});
  console.error('\nLa construction est arrêtée : corrigez les erreurs ci-dessus. Le site déjà publié dans dist/ n’a pas changé.');
  process.exit(1);
}

console.log(`Construction du site par Astro, puis de l’index de recherche${details ? '' : ' (le détail de chaque page : npm run build -- --details)'}…`);
const ok = await safeBuild({ build: (outDir) => buildSite(outDir, { details, previous: 'dist' }), target: 'dist', staging: STAGING });
if (!ok) {
  // Interrupted: the signal handler ends the process once the build's processes are stopped.
  if (interrupted) await new Promise(() => {});
  console.error('\nLa construction a échoué (voir les messages ci-dessus). Le site précédent, dans dist/, est intact.');
  process.exit(1);
}

console.log(describeSummary(writeGlossaryReport('.', 'dist')));

// Example values do not stop the build (the starter content has them until the Département fills them in),
// but they must not be published by accident: said loudly here, refused by `npm run publier:verifier`.
const placeholders = publicationPlaceholders();
if (placeholderCount(placeholders) > 0) {
  const rule = '⚠'.repeat(60);
  console.warn(`\n${rule}\n⚠ NE PAS PUBLIER CE SITE EN L’ÉTAT.\n${formatPlaceholders(placeholders)}\n` +
    `Avant la mise en ligne, « npm run publier:verifier » doit réussir.\n${rule}\n`);
}

if (details) {
  const { user, system } = process.cpuUsage();
  const seconds = new Map([...stepCpu.seconds, ['lancement et fin de la construction', (user + system) / 1e6]]);
  console.log(`${STEP_CPU_LABEL} : ${formatStepCpu(seconds)}`);
}
