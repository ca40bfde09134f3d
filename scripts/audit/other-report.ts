/**
 * `npm run audit:autre-rapport`: the full accessibility audit of the second
 * report of the test fixtures (tests/fixtures/rapports/fiches/: parties →
 * fiches, FALC under /facile, an organisation colour). It replaces content/ in
 * a temporary copy of the project, then builds and audits the copy exactly as
 * the project's own report is (npm run build, npm run audit): a report of
 * another shape is proven accessible at every run of the tests, not only the bilan.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copyProject } from '../bench/temp-project.ts';

const REPORT = 'tests/fixtures/rapports/fiches';

const project = copyProject('.', { report: REPORT });
// The social cards are not audited: the copy's build skips drawing them.
const run = (script: string) =>
  spawnSync(process.execPath, [join(project.dir, script)], { cwd: project.dir, stdio: 'inherit', env: { ...process.env, OG_IMAGES: '0' } });

let status = 1;
try {
  console.log(`Audit du rapport d’exemple ${REPORT}, construit dans une copie du projet.`);
  const build = run('scripts/build.ts');
  status = build.status === 0 ? (run('scripts/audit/index.ts').status ?? 1) : (build.status ?? 1);
} finally {
  project.remove();
}
process.exit(status);
