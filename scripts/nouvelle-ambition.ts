/**
 * `npm run nouvelle-ambition -- --pacte solidarites-territoriales --defi st-defi-1 --titre "…"`
 *
 * Creates content/ambitions/<code>-<nn>.md and its FALC twin, numbered after the
 * last ambition of the pacte, with every required field to fill.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { splitFrontMatter } from '../src/model/front-matter.ts';
import { ambitionId, ambitionTemplate, falcTemplate } from '../src/lib/new-ambition.ts';
import { readCommandLine } from './lib/command-line.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function frontMatterOf(path: string): Record<string, unknown> {
  try {
    return splitFrontMatter(readFileSync(path, 'utf8')).data;
  } catch {
    return {};
  }
}

const { values } = readCommandLine(
  { options: { pacte: { type: 'string', value: '<pacte>' }, defi: { type: 'string', value: '<défi>' }, titre: { type: 'string', value: '"Titre"' } } },
  (message) => fail(`${message}\nUtilisation : npm run nouvelle-ambition -- --pacte <pacte> --defi <défi> --titre "Titre"`),
);
const { pacte, defi, titre } = values;
if (!pacte || !defi || !titre) {
  fail('Utilisation : npm run nouvelle-ambition -- --pacte solidarites-territoriales --defi st-defi-1 --titre "Titre de l’ambition"');
}
const pactes = readdirSync('content/pactes').map((f) => f.replace(/\.md$/, ''));
if (!pactes.includes(pacte)) fail(`Le pacte « ${pacte} » n’existe pas. Pactes possibles : ${pactes.join(', ')}.`);
const defis = readdirSync('content/defis').map((f) => f.replace(/\.md$/, '')).filter((d) => frontMatterOf(`content/defis/${d}.md`).pacte === pacte);
if (!defis.includes(defi)) fail(`Le défi « ${defi} » n’appartient pas au pacte « ${pacte} ». Défis possibles : ${defis.join(', ')}.`);

const code = String(frontMatterOf(`content/pactes/${pacte}.md`).code);
const numbers = readdirSync('content/ambitions')
  .map((f) => frontMatterOf(`content/ambitions/${f}`))
  .filter((d) => d.pacte === pacte)
  .map((d) => Number(d.numero))
  .filter(Number.isFinite);
const numero = Math.max(0, ...numbers) + 1;
const ambition = { pacte, code, defi, numero, titre };
const id = ambitionId(ambition);
const files = { [`content/ambitions/${id}.md`]: ambitionTemplate(ambition), [`content/falc/ambitions/${id}.md`]: falcTemplate(ambition) };
for (const path of Object.keys(files)) if (existsSync(path)) fail(`${path} existe déjà : rien n’a été écrit.`);
for (const [path, text] of Object.entries(files)) {
  mkdirSync(path.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(path, text);
}
console.log(`Ambition ${numero} créée :\n  ${Object.keys(files).join('\n  ')}\nRemplacez chaque « À COMPLÉTER », puis vérifiez avec « npm run lint:content ».`);
