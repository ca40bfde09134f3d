/**
 * One mistake, messages in one place: when an editor breaks one file so badly
 * that it cannot be read (here, a header whose quote is never closed), the
 * content check must speak of that file only. A check that counted, linked or
 * compared the other files without it would send the editor to fix pages that
 * are right (« le rapport compte 39 ambitions » on every page that says 40).
 * Each case breaks one file of a different kind in a copy of the report.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import type { ContentIssue } from '../../src/lib/pairing/check-pairs.ts';

/** The whole report's check runs once per case: generous, for a loaded machine. */
const CHECK_TIMEOUT = 180_000;

/** One file of each kind the report has: a page of each level, a general page, a glossary entry, FALC twins. */
const BROKEN = [
  'content/pactes/solidarites-territoriales.md',
  'content/defis/rc-defi-1.md',
  'content/ambitions/rc-05.md',
  'content/thematiques/aller-vers.md',
  'content/pages/accueil.md',
  'content/glossaire/mdph.md',
  'content/falc/ambitions/rc-05.md',
  'content/falc/pactes/solidarites-territoriales.md',
];

const described = (issue: ContentIssue) => `${issue.file}:${issue.line ?? ''} ${issue.severity} ${issue.message}`;

describe('one unreadable file', () => {
  let root: string;
  let baseline: Set<string>;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'une-erreur-'));
    for (const folder of ['content', 'public']) cpSync(folder, join(root, folder), { recursive: true });
    baseline = new Set((await checkContent(root)).issues.map(described));
  }, CHECK_TIMEOUT);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(BROKEN)('%s: every new message is about that file', async (path) => {
    const file = join(root, path);
    const text = readFileSync(file, 'utf8');
    // The header's first value opens a quote it never closes: the header cannot be read at all.
    const broken = text.replace(/^(\w+):[ \t]*/m, '$1: "');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);
    try {
      const added = (await checkContent(root)).issues.filter((issue) => !baseline.has(described(issue)));
      expect(added.some((issue) => issue.file === path && issue.severity === 'error')).toBe(true);
      expect(added.filter((issue) => issue.file !== path).map(described)).toEqual([]);
    } finally {
      writeFileSync(file, text);
    }
  }, CHECK_TIMEOUT);
});
