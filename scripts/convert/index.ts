/**
 * One-time migration: converts the text extracted from the customer's PDF into
 * the Markdown files of `content/`. After it ran, `content/` is the source of
 * truth and editors change it directly, so this refuses to overwrite existing
 * files unless `--force` is given.
 *
 *   npm run convert -- [--out content] [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from './parse-report.ts';
import { reportToFiles } from './write-content.ts';
import { readCommandLine } from '../lib/command-line.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = readCommandLine({ options: { out: { type: 'string', value: '<dossier>' }, force: { type: 'boolean' } } });
const out = resolve(values.out ?? 'content');
const force = values.force ?? false;

try {
  const raw = readFileSync(join(here, 'source/bilan-etape-2022-2027.txt'), 'utf8');
  const files = reportToFiles(parseReport(raw));
  const existing = files.filter((f) => existsSync(join(out, f.path)));
  if (existing.length > 0 && !force) {
    console.error(
      `${existing.length} fichiers existent déjà dans ${out} (par exemple ${existing[0]!.path}).\n` +
        'Le contenu a peut-être été modifié depuis la conversion : relancez avec --force pour l’écraser.',
    );
    process.exit(1);
  }
  for (const file of files) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  console.log(`${files.length} fichiers écrits dans ${out}.`);
} catch (error) {
  console.error(`Conversion impossible : ${(error as Error).message}`);
  process.exit(1);
}
