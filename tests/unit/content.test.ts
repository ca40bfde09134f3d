/**
 * The committed content of `content/` is the report: these tests hold it to the
 * printed structure and catch extraction artefacts an edit could bring back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter, type MarkdownFile } from '../../src/model/front-matter.ts';

function load(folder: string): Map<string, MarkdownFile & { text: string }> {
  const dir = join('content', folder);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        return [f.replace(/\.md$/, ''), { ...splitFrontMatter(text), text }];
      }),
  );
}

const pactes = load('pactes');
const defis = load('defis');
const ambitions = load('ambitions');
const thematiques = load('thematiques');
type Figure = { valeur: string };
const all = <T,>(key: string) => [...ambitions.values()].flatMap((a) => a.data[key] as T[]);

describe('content/', () => {
  it('has 3 pactes, 10 défis and 40 ambitions (14 / 10 / 16)', () => {
    expect(pactes.size).toBe(3);
    expect(defis.size).toBe(10);
    const perPacte = new Map<string, number>();
    for (const a of ambitions.values()) perPacte.set(String(a.data.pacte), (perPacte.get(String(a.data.pacte)) ?? 0) + 1);
    expect(Object.fromEntries(perPacte)).toEqual({
      'solidarites-territoriales': 14,
      'reussites-citoyennes': 10,
      'solidarites-humaines': 16,
    });
  });

  it('maps every défi to the ambitions of the printed table of contents', () => {
    const members = new Map<string, number[]>();
    for (const a of ambitions.values()) {
      const list = members.get(String(a.data.defi)) ?? [];
      list.push(a.data.numero as number);
      members.set(String(a.data.defi), list.sort((x, y) => x - y));
    }
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(Object.fromEntries([...members].sort())).toEqual({
      'rc-defi-1': range(1, 4), 'rc-defi-2': range(5, 8), 'rc-defi-3': range(9, 10),
      'sh-defi-1': range(1, 4), 'sh-defi-2': range(5, 9), 'sh-defi-3': range(10, 14), 'sh-defi-4': range(15, 16),
      'st-defi-1': range(1, 5), 'st-defi-2': range(6, 10), 'st-defi-3': range(11, 14),
    });
  });

  it('names each ambition file after its pacte code and number, in a défi of the same pacte', () => {
    for (const [id, a] of ambitions) {
      const pacte = pactes.get(String(a.data.pacte));
      expect(pacte, id).toBeDefined();
      expect(id).toBe(`${pacte!.data.code}-${String(a.data.numero).padStart(2, '0')}`);
      expect(defis.get(String(a.data.defi))?.data.pacte, id).toBe(a.data.pacte);
    }
  });

  it('holds 120 actions, 68 testimonies and 95 key figures', () => {
    expect(all<string>('actions')).toHaveLength(120);
    expect(all('temoignages')).toHaveLength(68);
    expect(all<Figure>('chiffres')).toHaveLength(95);
  });

  it('has 4 thematiques with 13 sub-sections', () => {
    expect(thematiques.size).toBe(4);
    const subsections = [...thematiques.values()].reduce((n, t) => n + (t.body.match(/^## /gm) ?? []).length, 0);
    expect(subsections).toBe(13);
  });

  it('carries no extraction artefact: no ^{, no bullet glyph, no unbalanced **', () => {
    const files = [...ambitions, ...thematiques, ...load('pages'), ...defis].map(([id, f]) => [id, f.text] as const);
    for (const [id, text] of files) {
      expect(text, id).not.toMatch(/\^\{|\^[a-z]/);
      expect(text, id).not.toMatch(/[⌚➔⊕➊➋➌④►▶•●→]/);
      for (const [n, line] of text.split('\n').entries()) {
        expect((line.match(/\*\*/g) ?? []).length % 2, `${id}:${n + 1}`).toBe(0);
      }
    }
  });
});
