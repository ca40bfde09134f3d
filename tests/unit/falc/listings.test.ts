import { describe, expect, it } from 'vitest';
import { createFalcLinter, listingTitles } from '../../../src/lib/falc/index.ts';

const page = (title: string) => `---\ntitre: ${title}\n---\n\nUne phrase.\n`;

describe('listingTitles', () => {
  it('gives each page of a listing folder the titles of its folder, and nothing to other pages', () => {
    const listings = listingTitles([
      { path: 'content/falc/ambitions/a.md', text: page('Le Département aide') },
      { path: 'content/falc/ambitions/b.md', text: page('Les routes') },
      { path: 'content/falc/thematiques/c.md', text: page('Le climat') },
      { path: 'content/falc/pages/accueil.md', text: page('Accueil') },
    ]);
    expect(listings.get('content/falc/ambitions/a.md')).toEqual(['Le Département aide', 'Les routes']);
    expect(listings.get('content/falc/ambitions/b.md')).toEqual(['Le Département aide', 'Les routes']);
    expect(listings.get('content/falc/thematiques/c.md')).toEqual(['Le climat']);
    expect(listings.has('content/falc/pages/accueil.md')).toBe(false);
  });
});

describe('falc:titres-monotones on a whole listing', () => {
  it('warns on the titles that start like most of the listing, and not below 4 titles', async () => {
    const linter = createFalcLinter({ only: ['falc:titres-monotones'] });
    const titles = ['Le Département aide les communes', 'Le Département protège l’eau', 'Le département aide les jeunes', 'Les routes'];
    const lint = async (title: string, listing: string[]) => (await linter.lint('a.md', page(title), { listing })).messages.length;
    expect(await lint(titles[0]!, titles)).toBe(1);
    expect(await lint(titles[3]!, titles)).toBe(0);
    expect(await lint(titles[0]!, titles.slice(0, 3))).toBe(0);
    expect(await lint(titles[0]!, [])).toBe(0);
  });
});
