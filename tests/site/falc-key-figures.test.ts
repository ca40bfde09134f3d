/**
 * The key figures of the FALC accueil and pactes, as built: one card per
 * figure of the FALC page's `chiffresCles` (the same figures as the standard
 * page), each with a decorative pictogram, the ambition's own number in bold
 * inside the sentence, and a link to the FALC page of that ambition.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { $, $$, page, resolves, text } from './dist.ts';
import { findFigureNumber } from '../../src/lib/key-figure-number.ts';

interface Ref { ambition: string; chiffre: number }
const frontMatter = (path: string) => parse(readFileSync(path, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const refsOf = (path: string) => ((frontMatter(path).chiffresCles ?? []) as Ref[]).map(({ ambition, chiffre }) => ({ ambition, chiffre }));

const PAGES = [
  { url: '/facile-a-lire/', content: 'pages/accueil' },
  ...['solidarites-territoriales', 'reussites-citoyennes', 'solidarites-humaines'].map((id) => ({ url: `/facile-a-lire/${id}/`, content: `pactes/${id}` })),
];

describe.each(PAGES)('key figures of $url', ({ url, content }) => {
  const refs = refsOf(`content/falc/${content}.md`);
  const p = page(url);
  const section = $(p.tree, 'main section.falc-key-figures');
  const cards = section ? ($$(section, 'li.falc-key-figure') as Element[]) : [];

  it('shows the same figures as the standard page, under a FALC heading', () => {
    expect(refs.length).toBeGreaterThan(0);
    expect(refs).toEqual(refsOf(`content/${content}.md`));
    expect(text($(section!, 'h2'))).toBe('Quelques chiffres');
    expect(cards.length).toBe(refs.length);
  });

  it.each(refs.map((ref, i) => [`${ref.ambition} chiffre ${ref.chiffre}`, ref, i] as const))('card for %s', (_name, ref, i) => {
    const card = cards[i]!;
    const ambition = frontMatter(`content/ambitions/${ref.ambition}.md`) as { pacte: string; numero: number; chiffres: { valeur: string }[] };
    expect($(card, '.falc-key-figure__picto > img.pictogram[alt=""]')).toBeTruthy();
    expect(text($(card, '.falc-key-figure__picto'))).toBe('');

    const sentence = $(card, 'p.falc-key-figure__text')!;
    const number = text($(sentence, 'strong'));
    // The ambition's figure, exact or as an order of magnitude that stays true and close (« presque 50 mille » for 48 618).
    const found = findFigureNumber(number, ambition.chiffres[ref.chiffre - 1]!.valeur);
    expect(found && number.slice(found.start, found.end)).toBe(number.trim());
    // The number is inside the sentence, with words before or after it: one phrase.
    expect(text(sentence)).toContain(number);
    expect(text(sentence).length).toBeGreaterThan(number.length + 10);

    const link = $(card, '.falc-key-figure__link a[href]')!;
    const href = String(link.properties.href);
    expect(href).toBe(`/facile-a-lire/${ambition.pacte}/ambition-${ambition.numero}/`);
    expect(resolves(href)).toBe(true);
    const falcTitle = String(frontMatter(`content/falc/ambitions/${ref.ambition}.md`).titre);
    expect(text(link)).toBe(`Lire l’ambition : ${falcTitle}`);
  });
});
