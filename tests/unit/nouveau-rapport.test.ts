import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { contentPlaceholders } from '../../src/lib/checks/publication-placeholders.ts';
import { TO_FILL } from '../../src/lib/checks/check-placeholders.ts';
import { fieldOf, leafLevel, readReportShape, twinnedFolders } from '../../src/model/report-shape.ts';
import { EXAMPLE_REPORTS, GENERAL_PAGE_IDS } from '../../src/lib/new-report.ts';
import { copyProject } from '../../scripts/bench/temp-project.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

const SCRIPT = resolve('scripts/nouveau-rapport.ts');
const PLACEHOLDER_MESSAGE = `Texte à écrire : remplacez « ${TO_FILL} » par le texte de la page.`;
const scratch = mkdtempSync(join(tmpdir(), 'nouveau-rapport-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const markdownIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []);

describe.each(Object.keys(EXAMPLE_REPORTS))('npm run nouveau-rapport -- --forme %s', (form) => {
  const out = join(scratch, form);
  const shape = readReportShape(EXAMPLE_REPORTS[form as keyof typeof EXAMPLE_REPORTS]);

  it('creates a report that the content check refuses only for what is left to write', async () => {
    const created = runNode(SCRIPT, ['--forme', form, out]);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('npm run lint:content');
    expect(readFileSync(join(out, 'content/rapport.yaml'), 'utf8')).toBe(readFileSync(join(EXAMPLE_REPORTS[form as keyof typeof EXAMPLE_REPORTS], 'content/rapport.yaml'), 'utf8'));

    const project = copyProject('.', { report: out });
    try {
      const { issues } = await checkContent(project.dir);
      const others = issues.filter((issue) => issue.message !== PLACEHOLDER_MESSAGE);
      expect(others, others.map((i) => `${i.file}:${i.line} ${i.message}`).join('\n')).toEqual([]);
      expect(issues.length).toBeGreaterThan(0);
    } finally {
      project.remove();
    }
  }, CLI_TEST_TIMEOUT);

  it('gives every page its FALC twin, to review', () => {
    expect(markdownIn(join(out, 'content/pages'))).toEqual([...GENERAL_PAGE_IDS].map((id) => `${id}.md`).sort());
    for (const folder of twinnedFolders(shape)) {
      const pages = markdownIn(join(out, 'content', folder));
      expect(pages.length, folder).toBeGreaterThan(0);
      expect(markdownIn(join(out, 'content/falc', folder)), folder).toEqual(pages);
      for (const page of pages) {
        const { data } = splitFrontMatter(readFileSync(join(out, 'content/falc', folder, page), 'utf8'));
        expect(data).toMatchObject({ source: `${folder}/${page.replace(/\.md$/, '')}`, relecture: { statut: 'a-relire', relecteurs: [] } });
      }
    }
  });

  it('writes one entry per level, its parents named by their field, and every block of the leaf', () => {
    for (const level of shape.niveaux) expect(markdownIn(join(out, 'content', level.dossier)), level.dossier).toHaveLength(1);
    const leaf = leafLevel(shape);
    const [file] = markdownIn(join(out, 'content', leaf.dossier));
    const { data, body } = splitFrontMatter(readFileSync(join(out, 'content', leaf.dossier, file!), 'utf8'));
    for (const parent of shape.niveaux.slice(0, -1)) {
      expect(markdownIn(join(out, 'content', parent.dossier))).toEqual([`${data[fieldOf(parent)]}.md`]);
    }
    for (const block of leaf.blocs!) {
      if (block.champ === 'texte') {
        expect(body).toContain(TO_FILL);
        continue;
      }
      const value = data[block.champ];
      expect(value, block.champ).toBeDefined();
      if (block.sorte !== 'texte') expect(value, block.champ).toHaveLength(block.nombre ?? 1);
      expect(JSON.stringify(value), block.champ).toContain(TO_FILL);
    }
  });

  it('claims no audit and leaves the settings as example values that publication refuses', () => {
    expect(existsSync(join(out, 'content/accessibilite/verification-automatique.yaml'))).toBe(false);
    const audit = parse(readFileSync(join(out, 'content/accessibilite/audit.yaml'), 'utf8'));
    expect(audit).toMatchObject({ date: null, auditeur: null, criteres: [] });
    const site = parse(readFileSync(join(out, 'content/site.yaml'), 'utf8'));
    expect(site.identite).toBeUndefined();
    const flagged = new Set(contentPlaceholders(out).filter((hit) => hit.file === 'content/site.yaml').map((hit) => hit.line));
    const lines = readFileSync(join(out, 'content/site.yaml'), 'utf8').split('\n');
    for (const field of ['titre', 'titreFacile', 'organisation', 'adresse', 'email']) {
      const line = lines.findIndex((text) => text.trimStart().startsWith(`${field}:`)) + 1;
      expect(flagged.has(line), field).toBe(true);
    }
  });

  it('copies the drawings its pictograms name, with their licence', () => {
    const names = parse(readFileSync(join(out, 'content/pictogrammes.yaml'), 'utf8')) as Record<string, { symbole: string }>;
    const drawings = readdirSync(join(out, 'public/pictogrammes'));
    expect(drawings).toEqual(expect.arrayContaining(['LICENSE.txt', 'CREDITS.txt', ...Object.values(names).map((entry) => `${entry.symbole}.svg`)]));
    expect(drawings.filter((f) => f.endsWith('.svg'))).toHaveLength(new Set(Object.values(names).map((entry) => entry.symbole)).size);
  });
});

describe('npm run nouveau-rapport, refusals', () => {
  it('refuses a folder that is not empty, and writes nothing', () => {
    const folder = join(scratch, 'occupied');
    mkdirSync(folder);
    writeFileSync(join(folder, 'notes.txt'), 'à garder');
    const result = runNode(SCRIPT, ['--forme', 'fiches', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('existe déjà et n’est pas vide');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  }, CLI_TEST_TIMEOUT);

  it('names the possible shapes when the one given is unknown', () => {
    const result = runNode(SCRIPT, ['--forme', 'chapitres', join(scratch, 'unknown')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Forme inconnue : « chapitres ». Formes possibles : bilan, fiches.');
    expect(existsSync(join(scratch, 'unknown'))).toBe(false);
  }, CLI_TEST_TIMEOUT);
});
