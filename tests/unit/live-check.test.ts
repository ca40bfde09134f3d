/**
 * The pieces of the dev server's live check (issue 21): per-file results
 * remembered across saves give exactly what a full check gives, the terminal's
 * « nouveau / corrigé » lists, and the loader wrapper that keeps a refused
 * file's last good version instead of stopping the server.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent } from '../../src/lib/check-content.ts';
import { CheckMemo } from '../../src/lib/checks/check-memo.ts';
import { issueChanges } from '../../src/lib/dev/issue-changes.ts';
import { keepLastGoodEntry } from '../../src/lib/dev/keep-last-good-entry.ts';
import { accept, refusedFiles } from '../../src/lib/dev/refused-entries.ts';
import type { ContentIssue } from '../../src/lib/pairing/check-pairs.ts';
import { copyProject } from '../../scripts/bench/temp-project.ts';

describe('remembered checks', () => {
  it('give what a full check gives, save after save', async () => {
    const project = copyProject('.');
    try {
      const memo = new CheckMemo();
      const file = join(project.dir, 'content/ambitions/st-01.md');
      const original = readFileSync(file, 'utf8');
      const before = (await checkContent(project.dir, memo)).issues.length;
      const saves = [
        original.replace('valeur: "1159"', 'valeur: "1204"'), // the FALC home page no longer matches
        original.replace('valeur: "1159"', 'valeur: mille'), // schema error
        original.replace(/^titre: /m, 'titre: [ '), // YAML error: the ambition's page leaves the site index
        original.replace('Depuis toujours', 'Voir [la page](/nulle-part/). Depuis toujours'), // broken link
        original,
      ];
      const seen: number[] = [];
      for (const text of saves) {
        writeFileSync(file, text);
        const live = await checkContent(project.dir, memo);
        const full = await checkContent(project.dir);
        expect(live.issues).toEqual(full.issues);
        seen.push(live.issues.length);
      }
      // Each save above did change the findings (the comparison is not between two equal lists), and the last undid them.
      expect(seen.slice(0, -1).every((n) => n > before)).toBe(true);
      expect(seen.at(-1)).toBe(before);
    } finally {
      project.remove();
    }
  }, 120_000);

  it('forgets what a run did not use', () => {
    const memo = new CheckMemo();
    let computed = 0;
    const compute = () => ++computed;
    memo.nextRun();
    memo.remember('a', compute);
    memo.remember('b', compute);
    memo.nextRun();
    expect(memo.remember('a', compute)).toBe(1);
    memo.nextRun();
    expect(memo.size).toBe(0);
    expect(memo.remember('b', compute)).toBe(3);
  });
});

describe('issueChanges', () => {
  const issue = (message: string, line: number, file = 'content/ambitions/st-01.md'): ContentIssue => ({ file, line, severity: 'error', message });

  it('lists new and fixed issues; a moved issue is neither', () => {
    const before = [issue('A', 3), issue('B', 10)];
    const after = [issue('B', 12), issue('C', 4)];
    expect(issueChanges(before, after)).toEqual({ added: [issue('C', 4)], fixed: [issue('A', 3)] });
  });

  it('counts an issue as often as it occurs', () => {
    expect(issueChanges([issue('A', 3)], [issue('A', 3), issue('A', 8)]).added).toEqual([issue('A', 8)]);
    expect(issueChanges([issue('A', 3)], [issue('A', 3, 'content/pages/edito.md')]).fixed).toEqual([issue('A', 3)]);
  });
});

describe('keepLastGoodEntry', () => {
  const root = pathToFileURL('/projet/');
  type Entry = { id: string; data: Record<string, unknown> };

  /** A loader like glob(): parses each file's data, then stores it. */
  const fakeLoader = (files: Record<string, Record<string, unknown>>): Loader => ({
    name: 'fake',
    load: async ({ parseData, store }) => {
      for (const [id, data] of Object.entries(files)) {
        const parsed = await parseData({ id, data, filePath: `/projet/content/ambitions/${id}.md` });
        store.set({ id, data: parsed });
      }
    },
  });

  /** The schema: `valeur` is digits. */
  const context = (entries: Map<string, Entry>, dev: boolean) =>
    ({
      config: { root },
      watcher: dev ? {} : undefined,
      parseData: async ({ data }: { data: Record<string, unknown> }) => {
        if (!/^\d+$/.test(String(data.valeur))) throw new Error('data does not match collection schema');
        return data;
      },
      store: {
        get: (id: string) => entries.get(id),
        has: (id: string) => entries.has(id),
        set: (entry: Entry) => (entries.set(entry.id, entry), true),
      },
    }) as unknown as LoaderContext;

  afterEach(() => {
    for (const { file } of refusedFiles()) accept(file);
  });

  it('in dev, keeps the last good version of a refused file and records it', async () => {
    const entries = new Map<string, Entry>([['st-01', { id: 'st-01', data: { valeur: '1159' } }]]);
    await keepLastGoodEntry(fakeLoader({ 'st-01': { valeur: 'mille' }, 'st-02': { valeur: 'deux' }, 'st-03': { valeur: '3' } })).load(context(entries, true));
    expect(entries.get('st-01')?.data).toEqual({ valeur: '1159' });
    expect(entries.has('st-02')).toBe(false);
    expect(entries.get('st-03')?.data).toEqual({ valeur: '3' });
    expect(refusedFiles()).toEqual([
      { file: 'content/ambitions/st-01.md', fallback: 'previous' },
      { file: 'content/ambitions/st-02.md', fallback: 'none' },
    ]);

    await keepLastGoodEntry(fakeLoader({ 'st-01': { valeur: '1204' } })).load(context(entries, true));
    expect(entries.get('st-01')?.data).toEqual({ valeur: '1204' });
    expect(refusedFiles().map((r) => r.file)).toEqual(['content/ambitions/st-02.md']);
  });

  it('in dev, reads a refused file again and reloads it when the save was caught half-written, not when it is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apercu-'));
    const file = join(dir, 'content/ambitions/st-01.md');
    mkdirSync(dirname(file), { recursive: true });
    const emitted: string[] = [];
    /** glob() reads each file's text (getEntryInfo), then parses its data: here the text is what was read. */
    const readingLoader = (read: string): Loader => ({
      name: 'fake',
      load: async (context) => {
        const { entryTypes, parseData, store } = context as LoaderContext & { entryTypes: Map<string, { getEntryInfo(p: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown> }> }> };
        const { data } = await entryTypes.get('.md')!.getEntryInfo({ contents: read, fileUrl: pathToFileURL(file) });
        store.set({ id: 'st-01', data: await parseData({ id: 'st-01', data, filePath: file }) });
      },
    });
    const entries = new Map<string, Entry>([['st-01', { id: 'st-01', data: { valeur: '1159' } }]]);
    const devContext = {
      ...context(entries, true),
      config: { root: pathToFileURL(`${dir}/`) },
      watcher: { emit: (event: string, path: string) => emitted.push(`${event} ${path}`) },
      entryTypes: new Map([['.md', { getEntryInfo: async ({ contents }: { contents: string }) => ({ data: /valeur: (\S*)/.exec(contents) ? { valeur: /valeur: (\S*)/.exec(contents)![1] } : {}, body: '' }) }]]),
    } as unknown as LoaderContext;

    // The save is complete on disk, but the loader read it while it was still empty: refused, then read again.
    writeFileSync(file, 'valeur: 2204\n');
    await keepLastGoodEntry(readingLoader('')).load(devContext);
    expect(entries.get('st-01')?.data).toEqual({ valeur: '1159' });
    await expect.poll(() => emitted, { timeout: 5_000 }).toEqual([`change ${file}`]);

    // A real mistake reads the same again: no reload, the banner says what to fix.
    emitted.length = 0;
    writeFileSync(file, 'valeur: mille\n');
    await keepLastGoodEntry(readingLoader('valeur: mille\n')).load(devContext);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(emitted).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('outside dev, lets the error stop the build', async () => {
    const entries = new Map<string, Entry>();
    await expect(keepLastGoodEntry(fakeLoader({ 'st-01': { valeur: 'mille' } })).load(context(entries, false))).rejects.toThrow('collection schema');
    expect(refusedFiles()).toEqual([]);
  });
});
