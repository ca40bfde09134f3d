/**
 * `npm run build` copies a page from the previous build when nothing it shows
 * changed (src/lib/build/page-keys.ts), and Astro keeps each page's Markdown,
 * read and turned into HTML, until its text changes (src/lib/build/content-store.ts). A page
 * copied when it should have been drawn again would publish an old text, with
 * no error anywhere. So, in a copy of the project, after each kind of edit an
 * editor makes (and an update of the tool), the incremental build must write exactly the site a build from
 * scratch writes (every file, byte for byte), and it must have copied the pages
 * it could, even when started from another shell: every page Astro can key
 * (those of a route with parameters) but the edited leaf's two for an edit of
 * one leaf's text, and
 * the search index of the version the edit did not touch. The list of glossary
 * links, written from what the build kept of each page, must be the same too.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { runBuild } from '../../scripts/bench/run-build.ts';
import { leafLevel, readReportShape } from '../../src/model/report-shape.ts';
import { astroPattern } from '../../src/routes/astro-routes.ts';
import { createRouteTable, type RouteTable } from '../../src/routes/route-table.ts';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { GLOSSARY_REPORT } from '../../src/lib/build/glossary-report.ts';

/** Two builds per edit, on a busy 2-core machine. */
const EDIT_TIMEOUT = 1_200_000;

let project: TempProject;
let routes: RouteTable;
let leaves: string[];
let leafFolder: string;
/** The site as first built, from scratch. */
let first: Map<string, Buffer>;
/** The CPU seconds of each step of that build, as `--details` prints them. */
let firstSteps: Record<string, number> | undefined;

/** Each build is started as from another shell: the shell's own variables differ (`_`, the command it ran). */
let shellRuns = 0;

/** `npm run build -- --details` (Astro says which pages it copied); social cards are not this test's concern. */
async function build(): Promise<{ copied: number; indexesKept: string; steps: Record<string, number> | undefined; files: Map<string, Buffer> }> {
  const env = { OG_IMAGES: '0', _: `/usr/local/bin/outil-${++shellRuns}` };
  const run = await runBuild(project.dir, { script: 'scripts/build.ts', extraArgs: ['--details'], env });
  if (!run.ok) throw new Error(run.output.slice(-3000));
  return {
    copied: run.output.match(/\((?:restored|cached)\)/g)?.length ?? 0,
    // The versions whose search index was kept: their pages did not change (src/lib/build/search-index.ts).
    indexesKept: run.output.match(/Index de recherche repris de la construction précédente \(ses pages n’ont pas changé\) : (.*)\./)?.[1] ?? '',
    steps: run.stepCpuSeconds,
    // The glossary list beside the site's files: compared like them.
    files: new Map([...siteFiles(join(project.dir, 'dist')), [GLOSSARY_REPORT, readFileSync(join(project.dir, GLOSSARY_REPORT))]]),
  };
}

/** A build from scratch: every cache of the build removed first (Astro's, the check's, the page transforms'). */
async function buildFromScratch() {
  rmSync(join(project.dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(project.dir, 'node_modules/.cache'), { recursive: true, force: true });
  return build();
}

function siteFiles(dist: string): Map<string, Buffer> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(dist, path), readFileSync(path)];
  }));
}

/** The files that differ between two builds (missing on one side, or other bytes). */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) || !b.has(path)).sort();
}

/**
 * The pages Astro can copy: those of a route with parameters (a level's entries, a listing cut into pages); a
 * route without parameters (the home page, the glossary…) has no getStaticPaths() to give a key.
 */
function keyablePages(files: Map<string, Buffer>): string[] {
  return [...files.keys()].flatMap((path) => {
    const kind = path.endsWith('.html') ? routes.match(`/${path.replace(/index\.html$/, '')}`)?.kind : undefined;
    // Dynamic as src/integrations/report-routes.ts decides it: its Astro pattern has a parameter.
    return kind && astroPattern(kind, 'standard', routes).includes('[') ? [path] : [];
  });
}

/** The leaves' pages (both versions) whose HTML holds a text: what an edit must reach, so that each case tests the copying. */
function leafPagesShowing(files: Map<string, Buffer>, text: string): string[] {
  return [...files].flatMap(([path, bytes]) => {
    const url = `/${path.replace(/index\.html$/, '')}`;
    return path.endsWith('.html') && routes.match(url)?.kind.role === 'leaf' && bytes.toString('utf8').includes(text) ? [url] : [];
  });
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(project.dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

/** Edits, builds incrementally, then from scratch; returns the pages copied and the files that differ. */
async function afterEdit(file: string, change: (text: string) => string) {
  edit(file, change);
  const incremental = await build();
  const scratch = await buildFromScratch();
  return { copied: incremental.copied, indexesKept: incremental.indexesKept, differ: differences(incremental.files, scratch.files), site: scratch.files };
}

beforeAll(async () => {
  project = copyProject('.');
  leafFolder = leafLevel(readReportShape(project.dir)).dossier;
  routes = createRouteTable(readReportShape(project.dir));
  leaves = readdirSync(join(project.dir, 'content', leafFolder)).filter((name) => name.endsWith('.md')).sort();
  ({ files: first, steps: firstSteps } = await buildFromScratch());
}, EDIT_TIMEOUT);

it.runIf(process.platform === 'linux')('a build says how much CPU each of its steps took (the bench reads it)', () => {
  expect(Object.keys(firstSteps ?? {})).toEqual(['vérification du contenu', 'Astro', 'index de recherche', 'lancement et fin de la construction']);
  for (const [step, seconds] of Object.entries(firstSteps!)) expect(seconds, step).toBeGreaterThan(0);
  // Astro's step draws every page: it is no small part of the build.
  expect(firstSteps!['Astro']).toBeGreaterThan(firstSteps!['lancement et fin de la construction']!);
});

afterAll(() => project?.remove());

describe('an incremental build writes the same site as a build from scratch', () => {
  it('after an edit of one leaf’s text: only its two pages are drawn again, only its version is indexed again', async () => {
    const added = 'Une phrase ajoutée par le test de construction incrémentale.';
    const { copied, indexesKept, differ, site } = await afterEdit(`content/${leafFolder}/${leaves[0]}`, (text) => `${text.trimEnd()}\n\n${added}\n`);
    expect(differ).toEqual([]);
    expect(leafPagesShowing(site, added)).toHaveLength(1);
    expect(copied).toBe(keyablePages(site).length - 2);
    expect(indexesKept).toBe('version facile à lire');
  }, EDIT_TIMEOUT);

  it('after an edit of one leaf’s FALC text', async () => {
    const added = 'Le test ajoute cette phrase.';
    const { copied, indexesKept, differ, site } = await afterEdit(`content/falc/${leafFolder}/${leaves[1]}`, (text) => `${text.trimEnd()}\n\n${added}\n`);
    expect(differ).toEqual([]);
    expect(leafPagesShowing(site, added)).toHaveLength(1);
    expect(copied).toBe(keyablePages(site).length - 2);
    expect(indexesKept).toBe('version complète');
  }, EDIT_TIMEOUT);

  it('after an edit of one leaf’s title, which its neighbours show', async () => {
    const file = `content/${leafFolder}/${leaves[2]}`;
    const title = `${String(splitFrontMatter(readFileSync(join(project.dir, file), 'utf8')).data.titre)} (titre modifié)`;
    const { differ, site } = await afterEdit(file, (text) => text.replace(/^titre:.*$/m, `titre: ${JSON.stringify(title)}`));
    expect(differ).toEqual([]);
    // Its own page and a neighbour's link.
    expect(leafPagesShowing(site, '(titre modifié)').length).toBeGreaterThan(1);
  }, EDIT_TIMEOUT);

  it('after an edit of a glossary entry’s FALC explanation, which FALC pages list', async () => {
    const dir = join(project.dir, 'content/glossaire');
    const explanation = (name: string) => String(splitFrontMatter(readFileSync(join(dir, name), 'utf8')).data.falc ?? '').split('\n')[0]!;
    // The entry whose explanation the most leaf pages show.
    const [entry] = readdirSync(dir)
      .filter((name) => explanation(name) !== '')
      .map((name) => ({ name, shown: leafPagesShowing(first, explanation(name)).length }))
      .sort((a, b) => b.shown - a.shown);
    expect(entry!.shown).toBeGreaterThan(0);
    const added = 'Cette phrase vient du test.';
    const { differ, site } = await afterEdit(`content/glossaire/${entry!.name}`, (text) => text.replace(/^falc: \|\n/m, `falc: |\n  ${added}\n`));
    expect(differ).toEqual([]);
    expect(leafPagesShowing(site, added).length).toBeGreaterThan(0);
  }, EDIT_TIMEOUT);

  it('after an update of the code that turns Markdown into HTML: the pages show the new HTML, bodies included', async () => {
    // A Markdown plugin's code changes (not the list of plugins, which is Astro's configuration): it now marks every
    // paragraph too. The bodies Astro stored at the last build are stale.
    const marked = 'data-test-outil="mis-a-jour"';
    const marking = "    visit(tree, 'element', (node) => { if (node.tagName === 'p') node.properties['dataTestOutil'] = 'mis-a-jour'; });\n";
    const { differ, site } = await afterEdit('src/markdown/rehype-image-widths.ts', (text) =>
      text.replace(/(export default function \w+\(\) \{\n\s*return \(tree[^\n]*\{\n)/, `$1${marking}`));
    // Without dropping Astro's stored entries, the bodies kept the old HTML: 104 of the bilan's 112 pages differed.
    expect(differ).toEqual([]);
    expect(leafPagesShowing(first, marked)).toEqual([]);
    expect(leafPagesShowing(site, marked).length).toBeGreaterThan(0);
  }, EDIT_TIMEOUT);

  it('after the page transforms’ cache was removed, Astro’s kept: every page is drawn again, none is missing from the glossary list', async () => {
    rmSync(join(project.dir, 'node_modules/.cache/rapport-falc'), { recursive: true, force: true });
    const again = await build();
    expect(again.copied).toBe(0);
    const list = again.files.get(GLOSSARY_REPORT)!.toString('utf8');
    expect(list).not.toContain('Pages absentes');
    expect(differences(again.files, (await buildFromScratch()).files)).toEqual([]);
  }, EDIT_TIMEOUT);
});
