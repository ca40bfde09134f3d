/**
 * The benchmark's synthetic reports (scripts/bench/synthetic.ts) go through
 * `npm run build`, which stops on any error of the content check: a generated
 * report must pass it, or `npm run bench` measures nothing at all (a FALC title
 * « … (2966) » once broke two FALC rules and every scaling build).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { generateReport } from '../../scripts/bench/synthetic.ts';
import { checkContent } from '../../src/lib/check-content.ts';

let project: TempProject | undefined;
afterAll(() => project?.remove());

describe('a synthetic report of the benchmark', () => {
  it('passes the content check with no error, only the warnings of the counts it changes', async () => {
    project = copyProject('.');
    expect(generateReport(project.dir, 120).ambitions).toBe(120);
    const { issues } = await checkContent(project.dir);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    // The report's pages still say « 40 ambitions »: the check says so, as it should.
    expect(issues.some((issue) => issue.message.includes('« 40 ambitions »'))).toBe(true);
  }, 180_000);
});
