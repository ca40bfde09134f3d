/**
 * `npm run docs:falc`: writes `docs/regles-falc/<regle>.md` and its index from
 * the rules' doc comments and test fixtures. A test checks the files are up to date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateRuleDocs } from '../src/lib/falc/docs.ts';
import { PROJECT_ROOT } from '../src/lib/falc/files.ts';

const pages = generateRuleDocs();
for (const [path, content] of pages) {
  const target = join(PROJECT_ROOT, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
process.stdout.write(`${pages.size} pages écrites dans docs/regles-falc/.\n`);
