/**
 * `npm run nouvelle-page` on a copy of each report shape: the bilan (pactes →
 * défis → ambitions) and the fiches fixture (parties → fiches). The command runs
 * with the copy as its working folder, as npm runs it from the project's folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { readCollectionFiles } from '../../src/lib/checks/content-files.ts';
import { TO_FILL } from '../../src/lib/checks/check-placeholders.ts';
import { leafId } from '../../src/lib/new-entry.ts';
import { fieldOf, leafLevel, readReportShape } from '../../src/model/report-shape.ts';
import { copyProject } from '../../scripts/bench/temp-project.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

const SCRIPT = resolve('scripts/nouvelle-page.ts');
const PLACEHOLDER_MESSAGE = `Texte à écrire : remplacez « ${TO_FILL} » par le texte de la page.`;

interface Case {
  name: string;
  /** The report's folder (holding content/), the project's own for the bilan. */
  report: string;
  /** The parents of the new entry, by their level's field, from the top. */
  parents: Record<string, string>;
  /** A wrong line, and the French message it must give. */
  wrongParent: { args: string[]; message: string };
  /** A parent of the right level that belongs to another top-level entry, when the shape has a grouping level. */
  otherTopParent?: { args: string[]; message: string };
}

const CASES: Case[] = [
  {
    name: 'the bilan',
    report: '.',
    parents: { pacte: 'solidarites-territoriales', defi: 'st-defi-3' },
    wrongParent: {
      args: ['--pacte', 'x', '--defi', 'st-defi-1', '--titre', 'z'],
      message: 'Le pacte « x » n’existe pas. Pactes possibles : reussites-citoyennes, solidarites-humaines, solidarites-territoriales.',
    },
    otherTopParent: {
      args: ['--pacte', 'solidarites-territoriales', '--defi', 'rc-defi-1', '--titre', 'z'],
      message: 'Le défi « rc-defi-1 » n’appartient pas au pacte « solidarites-territoriales ». Défis possibles : st-defi-1, st-defi-2, st-defi-3.',
    },
  },
  {
    name: 'the fiches report',
    report: 'tests/fixtures/rapports/fiches',
    parents: { partie: 'numerique' },
    wrongParent: {
      args: ['--partie', 'x', '--titre', 'z'],
      message: 'La partie « x » n’existe pas. Parties possibles : animations, collections, numerique.',
    },
  },
];

const asOptions = (parents: Record<string, string>) => Object.entries(parents).flatMap(([field, id]) => [`--${field}`, id]);

/** Every file under content/ of a project, to see what a command wrote. */
const contentFiles = (dir: string) => readdirSync(join(dir, 'content'), { recursive: true, encoding: 'utf8' }).sort();

describe.each(CASES)('npm run nouvelle-page on $name', ({ report, parents, wrongParent, otherTopParent }) => {
  const shape = readReportShape(report);
  const leaf = leafLevel(shape);
  const top = shape.niveaux[0]!;
  const copy = () => copyProject('.', report === '.' ? {} : { report });

  it('creates the next entry of its top-level entry and its FALC twin, refused by the content check only for what is left to write', async () => {
    const project = copy();
    try {
      expect((await checkContent(project.dir)).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      const siblings = readCollectionFiles(project.dir, leaf.dossier).filter((entry) => entry.data[fieldOf(top)] === parents[fieldOf(top)]);
      const before = contentFiles(project.dir);

      const created = runNode(SCRIPT, [...asOptions(parents), '--titre', 'Une page : essai'], { cwd: project.dir });
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);

      const added = contentFiles(project.dir).filter((path) => !before.includes(path));
      expect(added).toHaveLength(2);
      const [page, twin] = [added.find((path) => path.startsWith(`${leaf.dossier}/`)), added.find((path) => path.startsWith('falc/'))];
      expect(twin).toBe(`falc/${page}`);
      const id = page!.slice(leaf.dossier.length + 1).replace(/\.md$/, '');
      expect(created.stdout).toContain(`content/${page}`);

      const numero = Math.max(...siblings.map((entry) => entry.data.numero as number)) + 1;
      const { data } = splitFrontMatter(readFileSync(join(project.dir, 'content', page!), 'utf8'));
      expect(data).toMatchObject({ ...parents, numero, titre: 'Une page : essai' });
      // Named like its siblings: the same prefix, then its number on two digits.
      expect(id).toBe(`${siblings[0]!.id.replace(/-\d+$/, '')}-${String(numero).padStart(2, '0')}`);
      expect(splitFrontMatter(readFileSync(join(project.dir, 'content', twin!), 'utf8')).data).toMatchObject({
        source: `${leaf.dossier}/${id}`,
        relecture: { statut: 'a-relire', relecteurs: [] },
      });

      const errors = (await checkContent(project.dir)).issues.filter((issue) => issue.severity === 'error');
      const others = errors.filter((issue) => issue.message !== PLACEHOLDER_MESSAGE);
      expect(others, others.map((i) => `${i.file}:${i.line} ${i.message}`).join('\n')).toEqual([]);
      expect(new Set(errors.map((issue) => issue.file))).toEqual(new Set([`content/${page}`, `content/${twin}`]));
    } finally {
      project.remove();
    }
  }, CLI_TEST_TIMEOUT);

  it('refuses a parent that does not exist, in French, and writes nothing', () => {
    const project = copy();
    try {
      const before = contentFiles(project.dir);
      for (const { args, message } of [wrongParent, ...(otherTopParent ? [otherTopParent] : [])]) {
        const refused = runNode(SCRIPT, args, { cwd: project.dir });
        expect(refused.stderr).toBe(`${message}\n`);
        expect(refused.status).toBe(1);
      }
      expect(contentFiles(project.dir)).toEqual(before);
    } finally {
      project.remove();
    }
  }, CLI_TEST_TIMEOUT);

  it('names the options of its own shape in --help and in its usage line', () => {
    const options = [...shape.niveaux.slice(0, -1).map((level) => `--${fieldOf(level)} <${level.nom.singulier}>`), '--titre "Titre"'];
    const helped = runNode(SCRIPT, ['--help'], { cwd: resolve(report) });
    expect(helped.status).toBe(0);
    for (const option of [...options, '--help']) expect(helped.stdout).toContain(`  ${option}`);
    const [usage] = helped.stdout.split('\n');
    expect(usage).toBe(`Utilisation : npm run nouvelle-page -- ${options.join(' ')}`);

    const incomplete = runNode(SCRIPT, ['--titre', 'z'], { cwd: resolve(report) });
    expect(incomplete.status).toBe(1);
    expect(incomplete.stderr).toBe(`Il manque ${Object.keys(parents).map((field) => `--${field}`).join(', ')}.\n${usage}\n`);
  }, CLI_TEST_TIMEOUT);

  it('follows the file names of the existing entries: each is named after its top-level entry and its number', () => {
    const tops = new Map(readCollectionFiles(report, top.dossier).map((entry) => [entry.id, entry]));
    const leaves = readCollectionFiles(report, leaf.dossier);
    expect(leaves.length).toBeGreaterThan(0);
    for (const entry of leaves) expect(leafId(tops.get(entry.data[fieldOf(top)] as string)!, entry.data.numero as number)).toBe(entry.id);
  });
});

describe('npm run nouvelle-ambition', () => {
  it('is the same command, under the name the editors already know', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['nouvelle-ambition']).toBe(scripts['nouvelle-page']);
    expect(scripts['nouvelle-page']).toBe('node scripts/nouvelle-page.ts');
  });
});
