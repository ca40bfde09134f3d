/** The RGAA sample of pages shown by the statement, and the audit's link-name rule. */
import { describe, expect, it } from 'vitest';
import { rgaaSample } from '../../src/lib/accessibility/sample.ts';
import { isVagueLinkName } from '../../scripts/audit/links.ts';
import { keyboardSample, pageType, type BuiltPage } from '../../scripts/audit/pages.ts';

const others = Array.from({ length: 45 }, (_, i) => ({ url: `/pacte/ambition-${i + 1}/`, titre: `Ambition ${i + 1}` }));
const required = [
  { url: '/', titre: 'Accueil', raison: 'page obligatoire' },
  { url: '/pacte/ambition-1/', titre: 'Ambition 1', raison: 'type de page : ambition' },
];

describe('RGAA sample', () => {
  it('keeps the required pages first, then draws 10 % of their number (twins counted) among the others, without repeating a page', () => {
    const sample = rgaaSample({ required, others });
    expect(sample.slice(0, 2)).toEqual(required);
    const drawn = sample.slice(2);
    expect(drawn).toHaveLength(1); // 2 pages in the sample, 10 % rounded up
    expect(drawn.every((p) => p.raison === 'tirage au sort' && p.url !== '/pacte/ambition-1/')).toBe(true);
    expect(new Set(sample.map((p) => p.url)).size).toBe(sample.length);
    // FALC twins are pages of the sample: 12 required pages with their twins = 24 pages → 3 drawn.
    const twelve = Array.from({ length: 12 }, (_, i) => ({ url: `/p${i}/`, titre: `P${i}`, raison: 'type', falc: `/facile-a-lire/p${i}/` }));
    expect(rgaaSample({ required: twelve, others }).length - 12).toBe(3);
  });

  it('draws as many pages for a report of 4 000 ambitions as for 40, and never more than there are', () => {
    const many = Array.from({ length: 4000 }, (_, i) => ({ url: `/pacte/ambition-${i + 1}/`, titre: `Ambition ${i + 1}` }));
    expect(rgaaSample({ required, others: many })).toHaveLength(rgaaSample({ required, others }).length);
    expect(rgaaSample({ required, others: [], share: 0.5 })).toHaveLength(2);
  });

  it('draws the same pages at every build', () => {
    expect(rgaaSample({ required, others })).toEqual(rgaaSample({ required, others: [...others].reverse() }));
  });
});

describe('link names', () => {
  it('refuses names that say nothing about the destination, whatever the case, accents or punctuation', () => {
    for (const name of ['ici', 'Cliquez ici', 'En savoir plus…', 'Lire la suite »', '  EN SAVOIR PLUS ', 'Détails']) {
      expect(isVagueLinkName(name), name).toBe(true);
    }
  });

  it('accepts names with their context', () => {
    for (const name of ['En savoir plus sur le Fonds de solidarité', 'Ambition suivante : Adapter le réseau routier', 'Plan du site']) {
      expect(isVagueLinkName(name), name).toBe(false);
    }
  });
});

describe('page types of the audit', () => {
  it('are the kinds of the route table, in both versions; a page no kind has is « autre »', () => {
    expect(pageType('/')).toBe('accueil');
    expect(pageType('/facile-a-lire/')).toBe('accueil');
    expect(pageType('/404.html')).toBe('404');
    expect(pageType('/facile-a-lire/404/')).toBe('404');
    expect(pageType('/solidarites-territoriales/')).toBe('pactes');
    expect(pageType('/solidarites-territoriales/2/')).toBe('pactes');
    expect(pageType('/facile-a-lire/solidarites-territoriales/ambition-3/')).toBe('ambitions');
    expect(pageType('/thematiques/aller-vers/')).toBe('thematiques');
    expect(pageType('/glossaire/')).toBe('glossaire');
    expect(pageType('/glossaire/2/')).toBe('autre');
    expect(pageType('/une/page/en-trop/')).toBe('autre');
  });

  it('picks one page per type and its FALC twin for the keyboard checks', () => {
    const page = (url: string, type: BuiltPage['type']): BuiltPage => ({ url, file: '', type, falc: url.startsWith('/facile-a-lire/') });
    const pages = [
      page('/', 'accueil'), page('/facile-a-lire/', 'accueil'),
      page('/p/ambition-1/', 'ambitions'), page('/p/ambition-2/', 'ambitions'), page('/facile-a-lire/p/ambition-2/', 'ambitions'),
    ];
    expect(keyboardSample(pages).map((p) => p.url)).toEqual(['/', '/facile-a-lire/', '/p/ambition-1/', '/facile-a-lire/p/ambition-2/']);
  });
});
