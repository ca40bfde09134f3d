import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleSlug, ruleUrl } from '../../../src/lib/falc/constants.ts';
import { FALC_PRESET, createFalcLinter, shortMessage, type LintContext } from '../../../src/lib/falc/index.ts';
import { placedSpellings } from '../../../src/lib/falc/name-spellings.ts';
import { FIXTURES, expectedLines, fixture } from './helpers.ts';

// One table-driven test for every rule (as remark-lint's test.js): the whole
// preset runs on the fixture, and the rule's own messages are compared.
const linter = createFalcLinter();

describe.each(FALC_PRESET.map((entry) => [entry.rule.ruleId, entry] as const))('%s', (ruleId, entry) => {
  const slug = ruleSlug(ruleId);

  it('has ok.md, not-ok.md and expected.txt', () => {
    for (const name of ['ok.md', 'not-ok.md', 'expected.txt']) {
      expect(existsSync(join(FIXTURES, slug, name)), `${slug}/${name}`).toBe(true);
    }
  });

  // A rule over a set of pages reads the titles of the page's listing from `liste.txt`, one per line,
  // and the names of the other texts of the report from the text `autres.md`.
  const context: LintContext = existsSync(join(FIXTURES, slug, 'liste.txt'))
    ? { listing: fixture(slug, 'liste.txt').split('\n').filter(Boolean) }
    : {};
  beforeAll(async () => {
    if (!existsSync(join(FIXTURES, slug, 'autres.md'))) return;
    const others = await linter.lint('autres.md', fixture(slug, 'autres.md'));
    context.names = placedSpellings(others.file, 'autres.md');
  });

  it('gives no message on ok.md', async () => {
    const report = await linter.lint('ok.md', fixture(slug, 'ok.md'), context);
    expect(report.messages.filter((message) => message.ruleId === ruleId).map(shortMessage)).toEqual([]);
  });

  it('gives exactly expected.txt on not-ok.md', async () => {
    const report = await linter.lint('not-ok.md', fixture(slug, 'not-ok.md'), context);
    const own = report.messages.filter((message) => message.ruleId === ruleId);
    expect(own.map(shortMessage)).toEqual(expectedLines(slug));
    expect(own.length).toBeGreaterThan(0);
    for (const message of own) {
      expect(message.source).toBe('falc');
      expect(message.url).toBe(ruleUrl(ruleId));
      if (entry.severity === 'warn') expect(message.fatal).toBe(false);
    }
  });
});
