/**
 * The second report of the test fixtures (tests/fixtures/rapports/fiches/): a
 * fictional report of another shape (parties → fiches, FALC under /facile).
 * What the tools already do with it is checked here; its full build comes with
 * the generic levels (docs/publier-un-autre-rapport.md).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';
import { readReportShape } from '../../src/model/report-shape.ts';
import { createRouteTable } from '../../src/routes/route-table.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REPORT = 'tests/fixtures/rapports/fiches';

describe('the second report', () => {
  it('has its FALC pages pass the FALC linter with no error and no warning', { timeout: CLI_TEST_TIMEOUT }, () => {
    const run = runNode(join(ROOT, 'scripts/lint-falc.ts'), ['--format', 'json', `${REPORT}/content/falc`], { cwd: ROOT });
    const results = JSON.parse(run.stdout) as { file: string; messages: { ruleId?: string; message: string }[] }[];
    // Every FALC page of the report is linted: 9 general pages, 3 parties, 8 fiches.
    expect(results).toHaveLength(20);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.file}: ${m.message}`))).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('has a FALC twin for every page of its levels, at the address its shape gives', () => {
    const table = createRouteTable(readReportShape(REPORT));
    for (const level of ['parties', 'fiches']) {
      const pages = readdirSync(join(REPORT, 'content', level)).sort();
      expect(readdirSync(join(REPORT, 'content/falc', level)).sort()).toEqual(pages);
    }
    expect(table.pathOf('fiches', { partie: 'numerique', numero: 2 }, { version: 'falc' })).toBe('/facile/numerique/fiche-2/');
  });
});
