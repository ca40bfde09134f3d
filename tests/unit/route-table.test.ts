/** The route table: every kind of page, its address in both versions, and back, for the bilan's shape and another one. */
import { describe, expect, it } from 'vitest';
import { createRouteTable, routes, VERSIONS } from '../../src/routes/route-table.ts';
import { readReportShape, ReportShapeSchema } from '../../src/model/report-shape.ts';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDataFiles } from '../../src/lib/checks/check-data-files.ts';
import { formatIssues } from '../../src/lib/report-issues.ts';

const other = createRouteTable(readReportShape('tests/fixtures/rapports/fiches'));

describe('route table of the bilan (content/rapport.yaml)', () => {
  it('gives every kind of page an address in both versions, and finds the kind back from it', () => {
    const values = { id: 'solidarites-territoriales', pacte: 'solidarites-territoriales', numero: 3 };
    for (const kind of routes.kinds) {
      for (const version of VERSIONS) {
        const path = routes.pathOf(kind.id, values, { version });
        const match = routes.match(path);
        expect(match?.kind.id, path).toBe(kind.id);
        expect(match?.version, path).toBe(version);
        expect(routes.versionOf(path)).toBe(version);
        if (kind.paginated) expect(routes.match(routes.pathOf(kind.id, values, { version, page: 4 }))).toMatchObject({ kind, version, page: 4 });
      }
    }
  });

  it('keeps today’s addresses', () => {
    expect(routes.pathOf('ambitions', { pacte: 'solidarites-humaines', numero: 12 })).toBe('/solidarites-humaines/ambition-12/');
    expect(routes.pathOf('ambitions', { pacte: 'solidarites-humaines', numero: 12 }, { version: 'falc' })).toBe('/facile-a-lire/solidarites-humaines/ambition-12/');
    expect(routes.pathOf('pactes', { id: 'reussites-citoyennes' }, { page: 2 })).toBe('/reussites-citoyennes/2/');
    expect(routes.pathOf('thematiques', { id: 'aller-vers' })).toBe('/thematiques/aller-vers/');
    expect(routes.pathOf('sommaire', {}, { version: 'falc', page: 3 })).toBe('/facile-a-lire/sommaire/3/');
    expect(routes.pathOf('404')).toBe('/404.html');
    expect(routes.pathOf('404', {}, { version: 'falc' })).toBe('/facile-a-lire/404/');
  });

  it('gives each page its twin, and the twin’s twin is the page', () => {
    for (const path of ['/', '/404.html', '/edito/', '/sommaire/2/', '/solidarites-territoriales/ambition-1/']) {
      expect(routes.twinOf(routes.twinOf(path))).toBe(path);
      expect(routes.versionOf(routes.twinOf(path))).toBe('falc');
    }
  });

  it('reads the values of an address back, and refuses what no kind has', () => {
    expect(routes.match('/facile-a-lire/solidarites-humaines/ambition-12/')).toMatchObject({ values: { pacte: 'solidarites-humaines', numero: '12' }, page: 1 });
    expect(routes.match('/facile-a-lire/plan-du-site/12/')).toMatchObject({ kind: { id: 'plan-du-site' }, page: 12, standardBase: '/plan-du-site/' });
    expect(routes.match('/solidarites-humaines/2/')).toMatchObject({ kind: { id: 'pactes' }, page: 2, standardBase: '/solidarites-humaines/' });
    expect(routes.match('/sommaire/1/')).toBeUndefined(); // page 1 is the listing's own address
    expect(routes.match('/glossaire/2/')).toBeUndefined(); // the glossary is not cut into pages
    expect(routes.match('/a/b/c/')).toBeUndefined();
    expect(() => routes.pathOf('ambitions', { pacte: 'x' })).toThrow(/numero/);
  });
});

describe('route table of a report of another shape (parties → fiches, no cross-cutting pages)', () => {
  it('has the kinds of its own levels, with their addresses and names', () => {
    expect(other.kinds.filter((kind) => kind.level).map((kind) => [kind.id, kind.role, kind.label])).toEqual([
      ['parties', 'level', 'partie'],
      ['fiches', 'leaf', 'fiche'],
    ]);
    expect(other.kindOf('cross-cutting')).toBeUndefined();
    expect(other.pathOf('fiches', { partie: 'logement', numero: 2 }, { version: 'falc' })).toBe('/facile/logement/fiche-2/');
    expect(other.match('/facile/logement/2/')).toMatchObject({ kind: { id: 'parties' }, version: 'falc', page: 2 });
    expect(other.match('/thematiques/aller-vers/')).toBeUndefined();
  });
});

describe('report shape file', () => {
  const valid = () => structuredClone(readReportShape('tests/fixtures/rapports/fiches'));
  const messages = (data: unknown) => {
    const result = ReportShapeSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts both shapes', () => {
    expect(messages(valid())).toEqual([]);
    expect(messages(readReportShape())).toEqual([]);
  });

  it('says in French what is wrong, at the field', () => {
    const shape = valid();
    shape.niveaux[1]!.adresse = 'fiche-{numero}';
    expect(messages(shape)).toEqual([expect.stringMatching(/^niveaux\.1\.adresse: Une adresse commence et finit par « \/ »/)]);
    const twice = valid();
    twice.niveaux[1]!.dossier = 'parties';
    expect(messages(twice)).toEqual(['niveaux.1.dossier: Le dossier « parties » sert à deux niveaux : chaque niveau a son dossier.']);
    const noBlocks = valid();
    delete noBlocks.niveaux[1]!.blocs;
    expect(messages(noBlocks)).toEqual(['niveaux.1.blocs: Indiquez les « blocs » d’une page du dernier niveau.']);
  });
});

describe('the guide « Publier un autre rapport »', () => {
  it('quotes what the content check really says about a wrong kind of block', () => {
    const guide = readFileSync('docs/publier-un-autre-rapport.md', 'utf8');
    const quoted = /```\n(content\/rapport\.yaml:[^\n]+)\n```/.exec(guide)?.[1];
    expect(quoted).toBeDefined();
    const root = mkdtempSync(join(tmpdir(), 'forme-'));
    mkdirSync(join(root, 'content'));
    copyFileSync('content/site.yaml', join(root, 'content/site.yaml'));
    // The guide's example: « sorte: liste » instead of « sorte: paragraphes ».
    writeFileSync(join(root, 'content/rapport.yaml'), readFileSync('content/rapport.yaml', 'utf8').replace('sorte: paragraphes', 'sorte: liste'));
    expect(formatIssues(checkDataFiles(root))).toBe(quoted);
  });
});
