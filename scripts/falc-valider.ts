/**
 * `npm run falc:valider -- <page> [--statut valide|relu|a-relire] [--relecteurs "A, B"] [--date AAAA-MM-JJ] [--changements "…"]`
 *
 * Run after a review of a FALC page: records who reviewed it, when, and the
 * fingerprints of the FALC text and of its standard page. The European logo
 * appears only on a page recorded as `valide`, with readers, and unchanged since;
 * `valide` also needs the page's 2 to 4 comprehension questions (`questions:`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { recordReview, ValidationError, type ReviewStatus } from '../src/lib/falc-validation.ts';
import { findPage } from '../src/lib/page-names.ts';
import { readCommandLine } from './lib/command-line.ts';

const STATUSES: ReviewStatus[] = ['a-relire', 'relu', 'valide'];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

try {
  const { values, positionals } = readCommandLine({
    positionals: true,
    options: {
      statut: { type: 'string', value: 'valide|relu|a-relire' },
      relecteurs: { type: 'string', value: '"A, B"' },
      date: { type: 'string', value: 'AAAA-MM-JJ' },
      changements: { type: 'string', value: '"…"' },
    },
  }, fail);
  if (positionals.length === 0) {
    fail('Indiquez la page : npm run falc:valider -- ambitions/st-01 --statut valide --relecteurs "Prénom Nom"');
  }
  if (values.statut && !STATUSES.includes(values.statut as ReviewStatus)) {
    fail(`Statut « ${values.statut} » inconnu : choisissez a-relire, relu ou valide.`);
  }
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`Date « ${date} » : écrivez-la AAAA-MM-JJ, par exemple 2026-11-28.`);
  for (const argument of positionals) {
    const found = findPage(argument);
    if (!found.ok) fail(found.message);
    const { page, falcFile, standardFile } = found.files;
    if (!existsSync(falcFile)) fail(`${falcFile} n’existe pas : écrivez d’abord la version facile à lire de « ${page} ».`);
    if (!existsSync(standardFile)) fail(`${standardFile} n’existe pas : vérifiez le nom de la page.`);
    let updated: string;
    try {
      updated = recordReview(readFileSync(falcFile, 'utf8'), readFileSync(standardFile, 'utf8'), {
        statut: values.statut as ReviewStatus | undefined,
        relecteurs: values.relecteurs?.split(',').map((s) => s.trim()).filter(Boolean),
        date,
        changements: values.changements?.trim() || undefined,
      });
    } catch (error) {
      // Said with the file, so the editor knows which page to complete.
      if (error instanceof ValidationError) fail(`${falcFile} : ${error.message}`);
      throw error;
    }
    writeFileSync(falcFile, updated);
    console.log(`${falcFile} : relecture enregistrée (${date}).`);
  }
} catch (error) {
  if (error instanceof ValidationError) fail(error.message);
  fail(`Enregistrement impossible : ${(error as Error).message}`);
}
