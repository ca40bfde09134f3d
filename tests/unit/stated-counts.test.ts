import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/checks/content-files.ts';
import { checkStatedCounts, statedCounts } from '../../src/lib/checks/check-stated-counts.ts';
import { readReportShape } from '../../src/model/report-shape.ts';

describe('statedCounts', () => {
  it('reads counts in digits or words before a unit of the report, in any case', () => {
    expect(statedCounts('Le bilan : trois Pactes, 10 défis et 40 ambitions, sans oublier 4 thématiques.')).toEqual([
      { text: 'trois Pactes', unit: 'pactes', value: 3 },
      { text: '10 défis', unit: 'defis', value: 10 },
      { text: '40 ambitions', unit: 'ambitions', value: 40 },
      { text: '4 thématiques', unit: 'thematiques', value: 4 },
    ]);
  });
  it('ignores what is not a count of the report’s parts', () => {
    expect(statedCounts('quatre grandes ambitions, 2024 ambitieux, les ambitions de 2025, une ambition')).toEqual([]);
  });
});

describe('checkStatedCounts on the report', () => {
  it('finds every stated count true (3 pactes, 10 défis, 40 ambitions, each pacte’s ambitions)', () => {
    const { files } = readContentFiles('.');
    expect(files.filter((f) => f.collection === 'ambitions')).toHaveLength(40);
    expect(checkStatedCounts(files, [], readReportShape('.'))).toEqual([]);
  });
  it('flags the stale count once an ambition is added, on the general pages and on its pacte', () => {
    const { files } = readContentFiles('.');
    const model = files.find((f) => f.path === 'content/ambitions/st-01.md')!;
    const added = { ...model, path: 'content/ambitions/st-15.md', id: 'st-15' };
    const stale = checkStatedCounts([...files, added], [], readReportShape('.')).map((issue) => `${issue.file} ${issue.message.split(' : ')[0]}`);
    expect(stale).toEqual(expect.arrayContaining([
      'content/pages/accueil.md « 40 ambitions »',
      'content/pages/edito.md « 40 ambitions »',
      'content/falc/pages/accueil.md « 40 ambitions »',
      'content/falc/pactes/solidarites-territoriales.md « 14 ambitions »',
    ]));
    expect(stale.some((line) => line.includes('reussites-citoyennes'))).toBe(false);
  });
});
