/**
 * The converter on the real source: structure, counts, and that every word of
 * the report's content reaches the generated files (page furniture excepted).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../scripts/convert/parse-report.ts';
import { reportToFiles, escapeBlockStart } from '../../scripts/convert/write-content.ts';
import { parseFigureLine } from '../../scripts/convert/parse-figure.ts';
import { parseQuoteLine } from '../../scripts/convert/parse-quote.ts';
import { normaliseSuperscripts } from '../../scripts/convert/source-lines.ts';
import { joinBrokenSentences } from '../../scripts/convert/blocks.ts';
import { FURNITURE } from '../../scripts/convert/furniture.ts';
import { splitFrontMatter } from '../../src/model/front-matter.ts';

const raw = readFileSync('scripts/convert/source/bilan-etape-2022-2027.txt', 'utf8');
const report = parseReport(raw);
const ambitions = report.pactes.flatMap((p) => p.defis.flatMap((d) => d.ambitions.map((a) => ({ pacte: p.code, defi: d.numero, ...a }))));

describe('structure', () => {
  it('finds 40 ambitions: 14, 10 and 16 per pacte, numbered from 1 in each', () => {
    expect(report.pactes.map((p) => p.defis.flatMap((d) => d.ambitions.map((a) => a.numero)))).toEqual([
      Array.from({ length: 14 }, (_, i) => i + 1),
      Array.from({ length: 10 }, (_, i) => i + 1),
      Array.from({ length: 16 }, (_, i) => i + 1),
    ]);
  });

  it('puts the ambitions in their défis and takes the défi titles from the sommaire', () => {
    const defis = report.pactes.flatMap((p) => p.defis.map((d) => `${p.code}${d.numero}:${d.ambitions.length}`));
    expect(defis).toEqual(['st1:5', 'st2:5', 'st3:4', 'rc1:4', 'rc2:4', 'rc3:2', 'sh1:4', 'sh2:5', 'sh3:5', 'sh4:2']);
    expect(report.pactes[0]!.defis[0]!.titre).toBe('Investir aujourd’hui pour notre avenir');
    expect(report.pactes[2]!.defis[3]!.titre).toBe('Fédérer pour développer les solidarités');
  });

  it('counts 120 actions, 68 testimonies and 95 key figures', () => {
    expect(ambitions.every((a) => a.actions.length === 3)).toBe(true);
    expect(ambitions.reduce((n, a) => n + a.temoignages.length, 0)).toBe(68);
    expect(ambitions.reduce((n, a) => n + a.chiffres.length, 0)).toBe(95);
  });

  it('reads glued and split headings alike, with superscripts normalised', () => {
    expect(ambitions[0]!.titre).toBe('Le Département, 1er partenaire du développement des territoires');
    expect(ambitions.find((a) => a.pacte === 'st' && a.numero === 13)!.titre).toBe(
      "Promouvoir les pratiques de l'économie social et solidaire (ESS) comme vecteur d'innovation pour les territoires",
    );
  });

  it('puts back the SH 5 figures printed under the testimonies, and keeps the SH 16 quote printed after Perspectives', () => {
    const sh5 = ambitions.find((a) => a.pacte === 'sh' && a.numero === 5)!;
    expect(sh5.chiffres.map((c) => c.valeur)).toEqual(['31542', '14 000', '6 255']);
    expect(sh5.temoignages).toHaveLength(2);
    const sh16 = ambitions.find((a) => a.pacte === 'sh' && a.numero === 16)!;
    expect(sh16.temoignages).toHaveLength(1);
    expect(sh16.perspectives).toHaveLength(1);
  });

  it('finds the 4 themes and their 13 sub-sections', () => {
    expect(report.themes.map((t) => t.titre)).toEqual([
      'Agir en faveur du climat', 'Soutenir les jeunesses', 'Engagement handicap', 'Aller vers',
    ]);
    expect(report.themes.reduce((n, t) => n + t.sousSections, 0)).toBe(13);
  });

  it('keeps the édito and its signature apart', () => {
    expect(report.edito.paragraphs).toHaveLength(7);
    expect(report.edito.signature).toEqual({ nom: 'Jean-Claude LEROY', fonction: 'Président du Département du Pas-de-Calais' });
  });
});

describe('testimonies', () => {
  it('splits at the first » followed by a separator, keeping guillemets nested in the author', () => {
    expect(parseQuoteLine('- « Un bon animateur » – **Antoine, stagiaire, mesure « coup de pouce »**')).toEqual({
      citation: '« Un bon animateur »',
      auteur: 'Antoine, stagiaire, mesure « coup de pouce »',
    });
  });
  it('accepts a period before the dash and an author in bold with no separator', () => {
    expect(parseQuoteLine('• « Bien ! ». - **Lucile, en parcours**')).toEqual({ citation: '« Bien ! ».', auteur: 'Lucile, en parcours' });
    expect(parseQuoteLine('• « Oui. » **Marie-Paule Hospital, assistante familiale**').auteur).toBe('Marie-Paule Hospital, assistante familiale');
  });
  it('leaves the author empty when it is on the next line', () => {
    expect(parseQuoteLine('« Nous avions besoin d\'une machine pour « cliper ». »')).toEqual({
      citation: '« Nous avions besoin d\'une machine pour « cliper ». »',
      auteur: '',
    });
  });
  it('re-attaches every author printed on its own line', () => {
    for (const a of ambitions) for (const t of a.temoignages) expect(t.auteur, `${a.pacte}-${a.numero}`).not.toBe('');
  });
});

describe('key figures', () => {
  it.each([
    ['• **1159** projets accompagnés', { avant: '', valeur: '1159', unite: '', libelle: 'projets accompagnés' }],
    ['• À fin 2024, **8522** logements', { avant: 'À fin 2024,', valeur: '8522', unite: '', libelle: 'logements' }],
    ['- Près de **15000** pass', { avant: 'Près de', valeur: '15000', unite: '', libelle: 'pass' }],
    ['• **39 km** linéaires', { avant: '', valeur: '39', unite: 'km', libelle: 'linéaires' }],
    ['• **60,2** ha d\'espaces', { avant: '', valeur: '60,2', unite: 'ha', libelle: "d'espaces" }],
    ['- 2 344** C\'est le nombre', { avant: '', valeur: '2 344', unite: '', libelle: "C'est le nombre" }],
    ['• 355 000 C\'est le nombre', { avant: '', valeur: '355 000', unite: '', libelle: "C'est le nombre" }],
    ['2000 C\'est le nombre', { avant: '', valeur: '2000', unite: '', libelle: "C'est le nombre" }],
  ])('%s', (line, expected) => {
    expect(parseFigureLine(line)).toEqual(expected);
  });
  it('refuses an item without a number', () => {
    expect(() => parseFigureLine('• beaucoup de projets')).toThrow(/Chiffre clé sans nombre/);
  });
});

describe('extraction quirks', () => {
  it('normalises LaTeX-like superscripts', () => {
    expect(normaliseSuperscripts('le 1^{er} forum, la 6^e, le 10 000^e')).toBe('le 1er forum, la 6e, le 10 000e');
  });
  it('re-joins a sentence broken by a blank line', () => {
    const joined = joinBrokenSentences([
      { line: 1, text: '► des actions de' },
      { line: 3, text: 'sensibilisation sont conduites.' },
      { line: 5, text: 'Nouvelle phrase.' },
    ]);
    expect(joined.map((b) => b.text)).toEqual(['► des actions de sensibilisation sont conduites.', 'Nouvelle phrase.']);
  });
  it('escapes a paragraph that Markdown would read as a list or a heading', () => {
    expect(escapeBlockStart('2024. Une année')).toBe('2024\\. Une année');
    expect(escapeBlockStart('# Pépites')).toBe('\\# Pépites');
  });
  it('fails loudly when a furniture range does not hold what it should', () => {
    const shifted = '\n' + raw;
    expect(() => parseReport(shifted)).toThrow(/on attendait/);
  });
});

describe('nothing lost', () => {
  /** Words of the report's content: source minus furniture, headings of the layout, glyphs and markup. */
  function sourceWords(): string[] {
    const lines = raw.split('\n');
    const furniture = new Set(FURNITURE.flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i)));
    const layoutLine = /^(ÉDITO|SOMMAIRE|Thématique transversale|On l'a dit, on l'a fait|(\*\*)?QUELQUES ACTIONS|Ils en parlent mieux que nous|CHIFFRES|PERSPECTIVES|Ambition \d+$|Solidarités territoriales$|Réussites citoyennes$|Solidarités humaines$|● |\d\d\. |AGIR EN FAVEUR|SOUTENIR LES|ENGAGEMENT HANDICAP|ALLER VERS)/;
    return lines
      .filter((line, i) => !furniture.has(i + 1) && (i + 1 > 70 || (i + 1 >= 23 && i + 1 <= 38)) && !layoutLine.test(line))
      .join(' ')
      .replace(/Ambition \d+\*\*/g, '')
      .replace(/On l'a dit, on l'a fait/g, '')
      .split(/\s+/)
      .map(cleanWord)
      .filter(Boolean);
  }
  function cleanWord(w: string): string {
    return normaliseSuperscripts(w).replace(/[*⌚➔⊕➊➋➌④►▶•→\-–\\]/g, '');
  }
  function strings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(strings);
    if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
    return [];
  }
  function contentWords(): string[] {
    const text = reportToFiles(report)
      .map((f) => {
        const { data, body } = splitFrontMatter(f.text);
        return [...strings(data), body].join(' ');
      })
      .join(' ');
    return text.split(/[\s]+/).map(cleanWord).filter(Boolean);
  }

  it('every word of the report reaches the content, as many times as it is printed', () => {
    const have = new Map<string, number>();
    for (const w of contentWords()) have.set(w, (have.get(w) ?? 0) + 1);
    const missing: string[] = [];
    for (const w of sourceWords()) {
      const n = have.get(w) ?? 0;
      if (n === 0) missing.push(w);
      else have.set(w, n - 1);
    }
    expect(missing).toEqual([]);
  });
});
