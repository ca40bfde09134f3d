/**
 * Synthetic reports for the scaling bench: N ambitions, each with its FALC
 * twin, written into the `content/` folder of a temporary project copy (see
 * temp-project.ts). The 40 real ambitions stay; ambition i ≥ 40 copies real
 * ambition i mod 40 (so it keeps its pacte and défi, and the pactes keep their
 * proportions) under the next free number of its pacte. Every ambition without
 * a FALC text gets a copy of one of the written FALC ambitions. Pages, pactes, défis,
 * thématiques and glossary stay the real ones; content/falc/a-ecrire.yaml is
 * rewritten to list the pages that still have no FALC text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { readReportShape, twinnedFolders } from '../../src/model/report-shape.ts';

const mdIds = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort() : []);

function replaceField(text: string, field: string, value: string): string {
  const re = new RegExp(`^${field}:.*$`, 'm');
  return re.test(text) ? text.replace(re, `${field}: ${value}`) : text.replace(/^---\n/, `---\n${field}: ${value}\n`);
}

/** Writes N ambitions and their FALC twins; returns the number of pages Astro should build. */
export function generateReport(projectDir: string, n: number): { ambitions: number } {
  const content = join(projectDir, 'content');
  const templates = mdIds(join(content, 'ambitions')).map((id) => readFileSync(join(content, 'ambitions', `${id}.md`), 'utf8'));
  const falcTemplates = mdIds(join(content, 'falc/ambitions')).map((id) => readFileSync(join(content, 'falc/ambitions', `${id}.md`), 'utf8'));
  if (templates.length === 0 || falcTemplates.length === 0) throw new Error('Aucune ambition (ou aucune ambition FALC) à copier.');
  const codes = new Map(
    mdIds(join(content, 'pactes')).map((id) => [id, String(splitFrontMatter(readFileSync(join(content, 'pactes', `${id}.md`), 'utf8')).data.code ?? id.slice(0, 2))]),
  );

  // The real ambitions stay (the home page quotes some of them); copies are numbered after them.
  const realIds = mdIds(join(content, 'ambitions'));
  const numbers = new Map<string, number>();
  for (const text of templates) {
    const pacte = text.match(/^pacte:\s*(\S+)/m)?.[1] ?? '';
    numbers.set(pacte, Math.max(numbers.get(pacte) ?? 0, Number(text.match(/^numero:\s*(\d+)/m)?.[1] ?? 0)));
  }
  const ids = [...realIds];
  for (let i = realIds.length; i < n; i++) {
    const template = templates[i % templates.length]!;
    const pacte = template.match(/^pacte:\s*(\S+)/m)?.[1] ?? 'solidarites-territoriales';
    const numero = (numbers.get(pacte) ?? 0) + 1;
    numbers.set(pacte, numero);
    const id = `${codes.get(pacte) ?? pacte.slice(0, 2)}-${String(numero).padStart(2, '0')}`;
    let text = replaceField(template, 'numero', String(numero));
    text = text.replace(/^titre: (.*)$/m, (_, t: string) => `titre: ${t.replace(/^["']|["']$/g, '')} (exemplaire ${i + 1})`);
    writeFileSync(join(content, 'ambitions', `${id}.md`), text);
    ids.push(id);
  }

  // Every ambition gets a FALC twin: the written ones stay, the others copy one of them.
  const falcDir = join(content, 'falc/ambitions');
  mkdirSync(falcDir, { recursive: true });
  const written = new Set(mdIds(falcDir));
  for (const [i, id] of ids.entries()) {
    if (written.has(id)) continue;
    let falc = falcTemplates[i % falcTemplates.length]!;
    falc = replaceField(falc, 'source', `ambitions/${id}`);
    // The FALC title stays the template's: a copy number in it (« (2966) ») would break the FALC rules the build checks.
    falc = falc.replace(/^empreintes:\n(?: {2}.*\n)*/m, '');
    writeFileSync(join(falcDir, `${id}.md`), falc);
  }

  // The pages still to write: standard pages without a FALC file (ambitions all have one now).
  const missing = twinnedFolders(readReportShape(join(content, '..'))).flatMap((c) => {
    const written = new Set(mdIds(join(content, 'falc', c)));
    return mdIds(join(content, c)).filter((id) => !written.has(id)).map((id) => `${c}/${id}`);
  });
  writeFileSync(
    join(content, 'falc/a-ecrire.yaml'),
    `# Généré par le banc d'essai.\npages:${missing.length ? '\n' + missing.map((p) => `  - ${p}`).join('\n') : ' []'}\n`,
  );
  return { ambitions: ids.length };
}
