/**
 * The editors' guide quotes the tools' real output (issue 21). Its examples are
 * read from docs/guide-redaction.md as a Markdown tree (remark, with GFM tables),
 * never from the raw text, then held to what the tools print today:
 *   - a block of `npm run lint:falc` output is exactly what the linter prints for
 *     the Markdown page the guide shows just before it;
 *   - a block of `lint:content` lines (`fichier:ligne  erreur  message`) is printed
 *     by the content check, on a copy of the report, after the first edit the guide
 *     has the editor make (in content/ambitions/st-01.md, `valeur: "1159"` → `valeur: mille`);
 *   - each message of a table « Ce que dit la vérification » is part of a message the
 *     check prints for the broken-content fixtures (tests/fixtures/contenu/cas/);
 *   - the message asking for the European easy-to-read logo, and the logo's © line, are quoted word for word.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Code, Root, Table } from 'mdast';
import { checkContent, LOGO_MISSING } from '../../src/lib/check-content.ts';
import { formatIssues } from '../../src/lib/report-issues.ts';
import { createFalcLinter, formatHuman } from '../../src/lib/falc/index.ts';
import { tf } from '../../src/i18n/falc.ts';
import { refusedNotice } from '../../src/lib/dev/live-check-event.ts';
import { PREVIEW_SITE_CONFIG } from '../../src/lib/dev/preview-site-config.ts';

const guide = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(resolve('docs/guide-redaction.md'), 'utf8')) as Root;

const SITE_FILE = 'content/site.yaml';

/** A line of a tool's output about a file: `content/…:12:3  erreur  message`. */
const ISSUE_LINE = /^content\/\S+:\d+(:\d+)?  (erreur|avertissement)  \S/;
const FALC_RULE_SUFFIX = /  falc:[a-z-]+$/;

/** The guide's code blocks in reading order: output blocks have no language, page examples are `markdown`. */
const blocks: Code[] = [];
visit(guide, 'code', (node) => {
  blocks.push(node);
});
const outputLines = (block: Code) => block.value.split('\n').filter((line) => ISSUE_LINE.test(line));
const falcOutputs = blocks.filter((b) => !b.lang && outputLines(b).some((l) => FALC_RULE_SUFFIX.test(l)));
const contentOutputs = blocks.filter((b) => !b.lang && outputLines(b).length > 0 && !falcOutputs.includes(b));

/** The text of every cell of the guide's tables under the header « Ce que dit la vérification ». */
function quotedCheckMessages(): string[] {
  const cells: string[] = [];
  visit(guide, 'table', (table: Table) => {
    const header = table.children[0]?.children.map((cell) => toString(cell)) ?? [];
    const column = header.indexOf('Ce que dit la vérification');
    if (column < 0) return;
    for (const row of table.children.slice(1)) cells.push(toString(row.children[column]!));
  });
  return cells;
}

/** Every message line the content check prints for each broken-content fixture (base + the case's files). */
async function fixtureMessages(): Promise<string[]> {
  const fixtures = resolve('tests/fixtures/contenu');
  const messages: string[] = [];
  for (const name of readdirSync(join(fixtures, 'cas'))) {
    const root = mkdtempSync(join(tmpdir(), 'guide-cas-'));
    cpSync(join(fixtures, 'base'), root, { recursive: true });
    const files = join(fixtures, 'cas', name, 'fichiers');
    if (existsSync(files)) cpSync(files, root, { recursive: true });
    messages.push(...(await checkContent(root)).issues.map((issue) => issue.message));
  }
  return messages;
}

describe('the editors’ guide', () => {
  it('has examples of both kinds of output to check', () => {
    expect(falcOutputs.length).toBeGreaterThan(0);
    expect(contentOutputs.length).toBeGreaterThan(0);
    expect(quotedCheckMessages().length).toBeGreaterThan(10);
  });

  it('shows what npm run lint:falc prints for the page it shows', async () => {
    const linter = createFalcLinter({ glossary: [] });
    for (const output of falcOutputs) {
      const page = blocks.slice(0, blocks.indexOf(output)).reverse().find((b) => b.lang === 'markdown');
      expect(page, `une page d’exemple avant la ligne ${output.position?.start.line}`).toBeDefined();
      const path = output.value.split('\n')[0]!;
      expect(formatHuman([await linter.lint(path, `${page!.value}\n`)])).toBe(`${output.value}\n`);
    }
  });

  it('shows what the content check prints after the first edit it asks for', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guide-'));
    cpSync(resolve('content'), join(root, 'content'), { recursive: true });
    cpSync(resolve('public'), join(root, 'public'), { recursive: true });
    const ambition = join(root, 'content/ambitions/st-01.md');
    const text = readFileSync(ambition, 'utf8');
    expect(text).toContain('valeur: "1159"');
    writeFileSync(ambition, text.replace('valeur: "1159"', 'valeur: mille'));
    const printed = formatIssues((await checkContent(root)).issues).split('\n');
    for (const line of contentOutputs.flatMap(outputLines).filter((l) => !l.startsWith(SITE_FILE))) expect(printed).toContain(line);
  }, 60_000);

  it('shows what the content check prints for the organisation’s colours, with the example of content/site.yaml turned on', async () => {
    const lines = contentOutputs.flatMap(outputLines).filter((l) => l.startsWith(SITE_FILE));
    expect(lines.length).toBeGreaterThan(0);
    const root = mkdtempSync(join(tmpdir(), 'guide-'));
    cpSync(resolve('content'), join(root, 'content'), { recursive: true });
    cpSync(resolve('public'), join(root, 'public'), { recursive: true });
    // What the guide asks: remove the « # » before the example's lines, then choose a lighter link colour (the guide's).
    const site = readFileSync(join(root, SITE_FILE), 'utf8').split('\n');
    const start = site.indexOf('# identite:');
    expect(start).toBeGreaterThan(0);
    let end = start;
    while (site[end + 1]?.startsWith('# ')) end++;
    const example = site.slice(start, end + 1).map((l) => l.slice(2)).join('\n').replace('clair: "#0a4a85"', `clair: "${/\((#[0-9a-f]{6})\) sur le fond/.exec(lines[0]!)?.[1]}"`);
    writeFileSync(join(root, SITE_FILE), [...site.slice(0, start), ...example.split('\n'), ...site.slice(end + 1)].join('\n'));
    const printed = formatIssues((await checkContent(root)).issues).split('\n');
    for (const line of lines) expect(printed).toContain(line);
  }, 60_000);

  it('quotes in its tables the messages the content check prints', async () => {
    const messages = await fixtureMessages();
    // A long message may be cut: « … » stands for what is left out.
    const parts = quotedCheckMessages().flatMap((quoted) => quoted.split('…').map((p) => p.trim()).filter(Boolean));
    expect(parts.filter((part) => !messages.some((message) => message.includes(part)))).toEqual([]);
  }, 120_000);

  it('quotes the message that asks for the European easy-to-read logo, and the logo’s © line', () => {
    const texts: string[] = [];
    visit(guide, ['paragraph', 'blockquote'], (node) => {
      texts.push(toString(node).replace(/\s*\n\s*/g, ' '));
    });
    expect(texts).toContain(LOGO_MISSING);
    expect(texts.some((text) => text.includes(`« ${tf('review.logoCopyright')} »`))).toBe(true);
  });

  it('quotes, for each review status, what the FALC page shows', () => {
    const shown = new Map<string, string>();
    visit(guide, 'table', (table: Table) => {
      const header = table.children[0]?.children.map((cell) => toString(cell)) ?? [];
      const column = header.indexOf('ce que la page affiche');
      if (column < 0) return;
      for (const row of table.children.slice(1)) shown.set(toString(row.children[0]!), toString(row.children[column]!));
    });
    const more = tf('review.notCheckedMore');
    expect(shown.get('a-relire')).toBe(`« ${tf('review.notChecked')} ${more} »`);
    // The guide's example reader, as `--relecteurs "Marie Durand"` records her.
    expect(shown.get('relu')).toBe(`« ${tf('review.readByTeamNamed')} Marie Durand. ${more} »`);
    expect(shown.get('valide')).toContain(`« ${tf('review.checkedBy')} … »`);
  });

  it('quotes what the preview’s banner says of a file it does not show, and its placeholder title', () => {
    const items: string[] = [];
    visit(guide, 'listItem', (node) => {
      items.push(toString(node).replace(/\s+/g, ' '));
    });
    const quoted = (text: string) => items.some((item) => item.includes(`« ${text} »`));
    expect(quoted(refusedNotice({ file: 'content/ambitions/st-01.md', fallback: 'previous' }))).toBe(true);
    expect(quoted(refusedNotice({ file: '…', fallback: 'none' }))).toBe(true);
    expect(quoted(refusedNotice({ file: SITE_FILE, fallback: 'previous' }))).toBe(true);
    expect(quoted(refusedNotice({ file: SITE_FILE, fallback: 'defaults' }))).toBe(true);
    expect(quoted(PREVIEW_SITE_CONFIG.titre)).toBe(true);
  });
});
