/**
 * `npm run nouvelle-page -- --pacte solidarites-territoriales --defi st-defi-1 --titre "…"` (the bilan),
 * `npm run nouvelle-page -- --partie numerique --titre "…"` (a report of parties and fiches):
 * the options are the parent levels of content/rapport.yaml, read from the
 * working folder (npm runs a script from the project's folder).
 *
 * Creates the next entry of the report's last level and its FALC twin, every
 * place to write marked « À COMPLÉTER ». Writes nothing when a parent is wrong.
 * `npm run nouvelle-ambition` is the same command, under its former name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readReportShape, REPORT_SHAPE_FILE, fieldOf, type ReportShape } from '../src/model/report-shape.ts';
import { help, parentLevels, planNewEntry, usage, valueOf } from '../src/lib/new-entry.ts';
import { capitalised } from '../src/i18n/report-words.ts';
import { readCommandLine, type CommandOption } from './lib/command-line.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let shape: ReportShape;
try {
  shape = readReportShape('.');
} catch {
  fail(`La forme du rapport (${REPORT_SHAPE_FILE}) est introuvable ou illisible : lancez la commande depuis le dossier du projet, et « npm run lint:content » dit quoi corriger dans ce fichier.`);
}

const options: Record<string, CommandOption> = {
  ...Object.fromEntries(parentLevels(shape).map((level) => [fieldOf(level), { type: 'string', value: valueOf(level) }])),
  titre: { type: 'string', value: '"Titre"' },
  help: { type: 'boolean' },
};
const { values } = readCommandLine({ options }, (message) => fail(`${message}\n${usage(shape)}`));
if (values.help) {
  process.stdout.write(help('.', shape));
  process.exit(0);
}

const plan = planNewEntry('.', shape, { parents: values as Record<string, string | undefined>, titre: values.titre as string | undefined });
if (!plan.ok) fail(plan.message);
for (const [path, text] of Object.entries(plan.files)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}
const created = plan.leaf.nom.genre === 'féminin' ? 'créée' : 'créé';
console.log(
  `${capitalised(plan.leaf.nom.singulier)} ${plan.numero} ${created} :\n  ${Object.keys(plan.files).join('\n  ')}\n` +
    'Remplacez chaque « À COMPLÉTER », puis vérifiez avec « npm run lint:content ».\n' +
    `Elle dit aussi quelles pages annoncent le nombre des ${plan.leaf.nom.pluriel} (un avertissement), à mettre à jour.`,
);
