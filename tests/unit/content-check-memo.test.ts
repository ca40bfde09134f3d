/**
 * The build's content check, file by file between builds (issue 20): after an
 * edit, the per-file results of the unchanged files come from the previous
 * build, and the issues are exactly those of a full check with no memo, even
 * when the edit changes what unchanged files are checked against (the glossary,
 * public/, a page that leaves the site).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentCached } from '../../src/lib/build/content-check-cache.ts';
import { checkContent } from '../../src/lib/check-content.ts';
import { toFileMessage, type PlacedMessage } from '../../src/lib/pairing/lint-falc-field.ts';
import type { ContentIssue } from '../../src/lib/pairing/check-pairs.ts';
import { copyProject } from '../../scripts/bench/temp-project.ts';

/** Building sets the properties a JSON record leaves out (undefined); the build prints what JSON keeps. */
const asRecorded = (issues: readonly ContentIssue[]) => JSON.parse(JSON.stringify(issues)) as ContentIssue[];

describe('the build’s content check between builds', () => {
  it('reuses the unchanged files’ results and finds what a full check finds, edit after edit', async () => {
    const project = copyProject('.');
    const { dir } = project;
    const path = (file: string) => join(dir, file);
    const edit = (file: string, change: (text: string) => string) => {
      const text = readFileSync(path(file), 'utf8');
      const changed = change(text);
      expect(changed).not.toBe(text); // the edit did happen
      writeFileSync(path(file), changed);
    };
    const options = { cacheFile: path('cache/verification.json'), memoFile: path('cache/par-fichier.json') };
    let previous: ContentIssue[] = [];
    /** The build's check after an edit: the same issues as a full check with no memo, and how many files it redid. */
    const build = async () => {
      const cached = await checkContentCached(dir, options);
      expect(cached.unchanged).toBe(false);
      const full = (await checkContent(dir)).issues;
      expect(asRecorded(cached.issues)).toEqual(asRecorded(full));
      const files = cached.files!;
      const changed = { files, added: full.filter((i) => !previous.some((p) => JSON.stringify(p) === JSON.stringify(i))) };
      previous = full;
      return changed;
    };
    try {
      // An unchanged page that links to a glossary word: its Markdown check reads the glossary.
      edit('content/ambitions/st-01.md', (t) => t.replace('Depuis toujours', 'Voir l’[APA](/glossaire/#mot-apa). Depuis toujours'));
      const first = await build();
      expect(first.files.reused).toBe(0);
      const total = first.files.rechecked;
      expect(total).toBeGreaterThan(100);

      // A FALC page's body: the FALC lint of the page.
      const falc = 'content/falc/ambitions/rc-01.md';
      const original = readFileSync(path(falc), 'utf8');
      edit(falc, (t) =>
        t.replace('Cette page parle des jeunes.', 'Cette page parle des jeunes, des enfants, des parents, des écoles, des villes, des villages, des clubs et des associations du département.'),
      );
      const lint = await build();
      expect(lint.added.map((i) => `${i.file}:${i.line} ${i.severity} ${i.rule}`)).toContain(`${falc}:15 error falc:phrase-longue`);
      // Only the edited page was checked again: the memo was used.
      expect(lint.files).toEqual({ rechecked: 1, reused: total - 1 });

      // Its fix: the page alone is checked again (a build keeps only the results it used).
      writeFileSync(path(falc), original);
      const fixed = await build();
      expect(previous.some((i) => i.file === falc && i.severity === 'error')).toBe(false);
      expect(fixed.files).toEqual({ rechecked: 1, reused: total - 1 });

      // Its title: the FALC lint of a front matter's text. A title is also read by the pages listed with it
      // (lint-falc-pages.ts), which are checked again too, not the others.
      edit(falc, (t) => t.replace('titre: Agir pour les jeunes et avec eux', 'titre: Agir pour les jeunes et avec eux, avec 45 % des jeunes'));
      const title = await build();
      expect(title.added.map((i) => `${i.file}:${i.line} ${i.severity} ${i.rule}`)).toContain(`${falc}:2 error falc:pourcentage`);
      expect(title.files.rechecked).toBeLessThan(total / 2);

      // A glossary word removed: st-01, unchanged, now links to a word that does not exist.
      rmSync(path('content/glossaire/apa.md'));
      const glossary = await build();
      expect(glossary.added.map((i) => i.file)).toContain('content/ambitions/st-01.md');

      // A file of public/ removed: the page that links to it is wrong, though unchanged.
      rmSync(path('public/licences/atkinson-hyperlegible-OFL.txt'));
      const publicFile = await build();
      expect(publicFile.added.some((i) => i.message.includes('atkinson-hyperlegible-OFL.txt'))).toBe(true);
      expect(publicFile.files.reused).toBe(0); // anything but Markdown changed: everything is checked again

      // A broken front matter, then its fix.
      const page = 'content/ambitions/rc-02.md';
      const good = readFileSync(path(page), 'utf8');
      edit(page, (t) => t.replace(/^titre: /m, 'titre: [ '));
      const broken = await build();
      expect(broken.added.some((i) => i.file === page && i.severity === 'error')).toBe(true);
      writeFileSync(path(page), good);
      await build();
      expect(previous.some((i) => i.file === page && i.severity === 'error')).toBe(false);

      // And one more edit of a page's body: checked alone again.
      edit('content/ambitions/rc-03.md', (t) => `${t}\nUne phrase ajoutée.\n`);
      const last = await build();
      expect(last.files.rechecked).toBeLessThanOrEqual(2);
      expect(last.files.reused).toBeGreaterThan(total - 10);
    } finally {
      project.remove();
    }
  }, 300_000);

  it('makes the same FALC field message from a remembered description as from a fresh one', () => {
    const placed: PlacedMessage = {
      reason: 'Question 2 : Phrase de 13 mots.',
      start: { line: 4, column: 7 },
      end: { line: 4, column: 30 },
      ruleId: 'falc:phrase-longue',
      source: undefined,
      file: 'content/falc/pages/accueil.md',
      fatal: false,
      url: 'https://example.org/regle',
      actual: undefined,
      expected: ['x'],
    };
    const fresh = toFileMessage(placed);
    const remembered = toFileMessage(JSON.parse(JSON.stringify(placed)) as PlacedMessage);
    expect(Object.getPrototypeOf(remembered)).toBe(Object.getPrototypeOf(fresh));
    expect({ ...remembered }).toStrictEqual({ ...fresh });
    expect(Object.getOwnPropertyNames(remembered).sort()).toEqual(Object.getOwnPropertyNames(fresh).sort());
  });
});
