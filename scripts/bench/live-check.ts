/**
 * How long the dev server's content check takes after a save (issue 21): on a
 * throw-away copy of the project, saves of an ambition (a new figure, a schema
 * error, a YAML error, a new sentence) each followed by its fix, checked with the
 * dev server's memo (src/lib/checks/check-memo.ts); prints the median per kind of
 * save and overall, and the time of a full check for comparison.
 *   ./node_modules/.bin/node scripts/bench/live-check.ts [rounds]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/check-content.ts';
import { CheckMemo } from '../../src/lib/checks/check-memo.ts';
import { copyProject } from './temp-project.ts';

const rounds = Number(process.argv[2] ?? 5);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const timed = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

const project = copyProject('.');
try {
  const file = join(project.dir, 'content/ambitions/st-01.md');
  const original = readFileSync(file, 'utf8');
  const saves: Record<string, string> = {
    'nouveau chiffre': original.replace('valeur: "1159"', 'valeur: "1204"'),
    'erreur de schéma': original.replace('valeur: "1159"', 'valeur: mille'),
    'en-tête illisible': original.replace(/^titre: /m, 'titre: [ '),
    'phrase ajoutée': original.replace('Depuis toujours', 'Une phrase de plus. Depuis toujours'),
  };
  const full = await timed(() => checkContent(project.dir));
  const memo = new CheckMemo();
  await checkContent(project.dir, memo);
  const times = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, text] of Object.entries(saves)) {
      for (const [kind, content] of [[name, text], [`${name} (corrigé)`, original]] as const) {
        writeFileSync(file, content);
        times.set(kind, [...(times.get(kind) ?? []), await timed(() => checkContent(project.dir, memo))]);
      }
    }
  }
  for (const [kind, list] of times) console.log(`${kind.padEnd(30)} ${Math.round(median(list))} ms (médiane de ${list.length})`);
  console.log(`${'toutes les sauvegardes'.padEnd(30)} ${Math.round(median([...times.values()].flat()))} ms`);
  console.log(`${'vérification complète'.padEnd(30)} ${Math.round(full)} ms`);
} finally {
  project.remove();
}
