/**
 * `node scripts/falc-precision.ts [CHEMIN…]`: how often the FALC linter
 * fires on real text. Each path (a Markdown or text file, or a folder of
 * them) is one set; for each set it prints the errors and warnings per 100
 * words, the share of paragraphs flagged (paragraphs of 5 words or more;
 * a message inside the paragraph flags it) and the rules that fire most.
 *
 * Without a path: the report in ordinary administrative French,
 * `content/ambitions/*.md` when it exists, else the source text
 * `scripts/convert/source/bilan-etape-2022-2027.txt` (read only), whose
 * paragraphs are separated by blank lines. Nearly every paragraph of it
 * should be flagged; a real published FALC text should get few errors.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectMarkdown, createFalcLinter, loadGlossary, readMarkdown } from '../src/lib/falc/index.ts';
import { PROJECT_ROOT } from '../src/lib/falc/files.ts';
import type { FalcFileData } from '../src/lib/falc/types.ts';
import { readCommandLine } from './lib/command-line.ts';

function filesOf(path: string): string[] {
  if (existsSync(path) && statSync(path).isFile()) return [path];
  return collectMarkdown([path]);
}

function defaultSet(): string {
  const ambitions = join(PROJECT_ROOT, 'content/ambitions');
  return existsSync(ambitions) ? ambitions : join(PROJECT_ROOT, 'scripts/convert/source/bilan-etape-2022-2027.txt');
}

// The project's glossary, as `npm run lint:falc` uses it.
const linter = createFalcLinter({ glossary: loadGlossary(join(PROJECT_ROOT, 'content/glossaire')) });
const sets = readCommandLine({ options: {}, positionals: true }).positionals;
for (const set of sets.length > 0 ? sets : [defaultSet()]) {
  let words = 0;
  let errors = 0;
  let warnings = 0;
  let paragraphs = 0;
  let flagged = 0;
  const byRule = new Map<string, number>();
  const files = filesOf(set);
  for (const path of files) {
    const read = readMarkdown(path);
    if (!read.ok) {
      process.stderr.write(`${path} : ${read.error}\n`);
      continue;
    }
    const report = await linter.lint(path, read.text);
    words += report.stats.words;
    const offsets = report.messages.map((message) => {
      byRule.set(message.ruleId ?? '', (byRule.get(message.ruleId ?? '') ?? 0) + 1);
      if (message.fatal) errors++;
      else warnings++;
      return message.place && 'start' in message.place ? (message.place.start.offset ?? -1) : -1;
    });
    for (const block of (report.file.data as FalcFileData).falc?.blocks ?? []) {
      if (block.type !== 'paragraph') continue;
      const size = block.sentences.reduce((sum, sentence) => sum + sentence.wordCount, 0);
      if (size < 5) continue;
      paragraphs++;
      if (offsets.some((offset) => offset >= block.start && offset < block.end)) flagged++;
    }
  }
  const per100 = (count: number) => (words === 0 ? '0' : ((100 * count) / words).toFixed(2).replace('.', ','));
  const share = paragraphs === 0 ? '–' : `${Math.round((100 * flagged) / paragraphs)} %`;
  const top = [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([rule, count]) => `${rule} ${count}`);
  process.stdout.write(
    `${set}\n` +
      `  ${files.length} fichier(s), ${words} mots, ${paragraphs} paragraphes\n` +
      `  erreurs : ${errors} (${per100(errors)} pour 100 mots), avertissements : ${warnings} (${per100(warnings)} pour 100 mots)\n` +
      `  paragraphes signalés : ${flagged} sur ${paragraphs} (${share})\n` +
      `  règles les plus fréquentes : ${top.join(', ') || 'aucune'}\n\n`,
  );
}
