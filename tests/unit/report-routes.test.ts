/**
 * The site's routes come from the report's shape (src/integrations/report-routes.ts):
 * one route per kind of page and version, at the address the route table
 * derives; a broken shape stops the command with the content check's French
 * message instead of Astro's English stack trace.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readShapeOrStop } from '../../src/integrations/report-routes.ts';
import { astroRoutes } from '../../src/routes/astro-routes.ts';
import { createRouteTable } from '../../src/routes/route-table.ts';
import { readReportShape } from '../../src/model/report-shape.ts';

const folders: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A project folder holding only a copy of a report's shape, changed by `edit`. */
function projectWithShape(from: string, edit: (text: string) => string = (text) => text): string {
  const root = mkdtempSync(join(tmpdir(), 'rapport-routes-'));
  folders.push(root);
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/rapport.yaml'), edit(readFileSync(join(from, 'content/rapport.yaml'), 'utf8')));
  return root;
}

describe('the routes of a report', () => {
  it('gives the bilan the addresses it has always had, in both versions', () => {
    const patterns = astroRoutes(createRouteTable(readReportShape('.'))).map((route) => route.pattern);
    expect(patterns).toContain('/');
    expect(patterns).toContain('/facile-a-lire');
    expect(patterns).toContain('/[id]/[...page]');
    expect(patterns).toContain('/facile-a-lire/[pacte]/ambition-[numero]');
    expect(patterns).toContain('/facile-a-lire/sommaire/[...page]');
    expect(patterns).toContain('/facile-a-lire/404');
    // The standard 404 is src/pages/404.astro, the file servers look for.
    expect(patterns).not.toContain('/404');
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('gives a report of another shape its own addresses and FALC prefix', () => {
    const patterns = astroRoutes(createRouteTable(readReportShape('tests/fixtures/rapports/fiches'))).map((route) => route.pattern);
    expect(patterns).toContain('/facile/[partie]/fiche-[numero]');
    expect(patterns).toContain('/[id]/[...page]');
    expect(patterns.some((pattern) => pattern.includes('thematiques') || pattern.includes('facile-a-lire'))).toBe(false);
  });
});

describe('a broken report shape', () => {
  it('stops with the French message at the line of the mistake, and no stack trace', () => {
    const root = projectWithShape('.', (text) => text.replace('sorte: citations', 'sorte: citation'));
    const said: string[] = [];
    vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => readShapeOrStop(root, (message) => said.push(message))).toThrow('exit 1');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/content\/rapport\.yaml:\d+ +erreur +« niveaux › n° 3 › blocs › n° 3 › sorte » : La sorte d’un bloc est l’une de : texte, paragraphes, citations, chiffres\./);
    expect(said[0]).toContain('relancez la commande');
  });

  it('reads a sound shape without a word', () => {
    const said: string[] = [];
    const shape = readShapeOrStop(projectWithShape('.'), (message) => said.push(message));
    expect(shape.versionFacile.prefixe).toBe('/facile-a-lire');
    expect(said).toEqual([]);
  });
});

describe('the depth of a report', () => {
  const said = (edit: (text: string) => string) => {
    const messages: string[] = [];
    vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    expect(() => readShapeOrStop(projectWithShape('.', edit), (message) => messages.push(message))).toThrow('exit 1');
    return messages.join('\n');
  };

  it('refuses a grouping level with pages of its own, and says to remove its address', () => {
    expect(said((text) => text.replace("    # Pas d'adresse", '    adresse: /defi/{id}/\n    # Pas d’adresse'))).toContain(
      'Le niveau du milieu regroupe les fiches sur la page de son parent : il n’a pas de pages. Enlevez la ligne « adresse ».',
    );
  });

  it('refuses a report of one level, saying how many it may have', () => {
    const oneLevel = (text: string) => text.replace(/niveaux:\n[\s\S]*?(?=  - dossier: ambitions)/, 'niveaux:\n');
    expect(said(oneLevel)).toContain('Un rapport a 2 niveaux (des parties et leurs fiches) ou 3');
  });

  it('builds the routes of a report of two levels (parties → fiches)', () => {
    const shape = readShapeOrStop('tests/fixtures/rapports/fiches', () => {});
    expect(shape.niveaux.map((level) => level.dossier)).toEqual(['parties', 'fiches']);
  });
});
