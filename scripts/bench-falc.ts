/**
 * `npm run bench:falc [-- DOSSIER]`: speed of the FALC linter.
 *
 * Lints about 80 000 words of generated French (FALC and administrative
 * sentences, varied, in pages of about 400 words with front matter and
 * `##` sections), or the Markdown files of DOSSIER. One warm-up run, then
 * 5 timed runs; prints the median in words per second, of elapsed time and
 * of CPU time (user + system: on a shared machine the elapsed time also
 * counts the other processes). Target: 80 000 words in under 2 s.
 */
import { readFileSync } from 'node:fs';
import { collectMarkdown, createFalcLinter } from '../src/lib/falc/index.ts';
import { readCommandLine } from './lib/command-line.ts';

const SUBJECTS = ['Le Département', 'La commune', 'Le collège', 'La MDPH', 'L’association', 'Le conseil départemental', 'La ville d’Arras', 'Le service social'];
const VERBS = ['aide', 'accompagne', 'soutient', 'informe', 'reçoit', 'conseille', 'protège', 'finance'];
const OBJECTS = ['les familles', 'les jeunes du Pas-de-Calais', 'les personnes âgées', 'les enfants', 'les petites communes', 'les personnes handicapées', 'les habitants', 'les associations sportives'];
const ENDINGS = [
  '.',
  ' pendant les vacances.',
  ' avec des conseils et de l’argent.',
  ' dans le cadre du dispositif d’accompagnement, afin de favoriser l’inclusion.',
  ' depuis 2022, soit 1 500 personnes (12,5 % du public) au 12/03/2024.',
  ' qui ne sont pas toujours aidés par les services de l’État.',
  ', etc. Les élus décidèrent de mutualiser les moyens.',
  ' pour qu’ils puissent trouver un logement près de chez eux.',
];

function sentence(index: number): string {
  const pick = <T>(list: readonly T[], salt: number) => list[(index * salt + salt) % list.length]!;
  return `${pick(SUBJECTS, 7)} ${pick(VERBS, 3)} ${pick(OBJECTS, 5)}${pick(ENDINGS, 11)}`;
}

/** Pages of about 400 words, `pages × 400 ≈ words`. */
function generatePages(words: number): string[] {
  const pages: string[] = [];
  let count = 0;
  let index = 0;
  while (count < words) {
    const lines = ['---', `titre: Page ${pages.length + 1}`, 'relecture:', '  statut: a-relire', '  relecteurs: []', '---', ''];
    let pageWords = 0;
    while (pageWords < 400) {
      if (pageWords % 100 === 0) lines.push('', index % 3 === 0 ? '## Pour qui ?' : '## :mairie: Ce que fait le Département', '');
      const text = sentence(index++);
      lines.push(text);
      pageWords += text.split(/\s+/).length;
    }
    pages.push(lines.join('\n') + '\n');
    count += pageWords;
  }
  return pages;
}

const folder = readCommandLine({ options: {}, positionals: true }).positionals[0];
const pages = folder ? collectMarkdown([folder]).map((path) => readFileSync(path, 'utf8')) : generatePages(80_000);
const linter = createFalcLinter();

async function runOnce(): Promise<{ ms: number; cpuMs: number; words: number; messages: number }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let words = 0;
  let messages = 0;
  for (const [index, page] of pages.entries()) {
    const report = await linter.lint(`page-${index}.md`, page);
    words += report.stats.words;
    messages += report.messages.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, words, messages };
}

await runOnce();
const runs = [];
for (let run = 0; run < 5; run++) runs.push(await runOnce());
const times = runs.map((run) => run.ms).sort((a, b) => a - b);
const median = times[2]!;
const cpuMedian = runs.map((run) => run.cpuMs).sort((a, b) => a - b)[2]!;
const { words, messages } = runs[0]!;
const format = (value: number) => Math.round(value).toLocaleString('fr-FR');
process.stdout.write(
  `${pages.length} pages, ${format(words)} mots, ${format(messages)} messages.\n` +
    `Temps des 5 passages (ms) : ${times.map(format).join(', ')}.\n` +
    `Médiane : ${format(median)} ms, soit ${format((words / median) * 1000)} mots par seconde.\n` +
    `Temps processeur médian : ${format(cpuMedian)} ms, soit ${format((words / cpuMedian) * 1000)} mots par seconde de processeur.\n` +
    `Objectif : 80 000 mots en moins de 2 s (${median < (2000 * words) / 80_000 ? 'atteint' : 'non atteint'}).\n`,
);
