import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { linkGlossaryTerms } from '../../src/lib/glossary/link-terms.ts';
import { applyGlossary, DIFFICULT_WORDS_PLACEHOLDER } from '../../src/lib/glossary/apply.ts';

const entries = [
  { id: 'mdph', terme: 'MDPH', formes: [], sigle: true, developpe: 'Maison départementale des personnes handicapées', definition: 'd', falc: 'La MDPH accueille.\nElle aide.' },
  { id: 'commune', terme: 'commune', formes: ['communes'], sigle: false, definition: 'd', falc: 'Une ville ou un village.' },
];
const find = createMatcher(entries);

describe('createMatcher', () => {
  it('matches acronyms with their case and words in any case, as whole words', () => {
    expect(find('La MDPH et les Communes ; mdph ; communesX ; xMDPH').map((m) => m.text)).toEqual(['MDPH', 'Communes']);
  });
});

describe('linkGlossaryTerms', () => {
  it('links the first use inside main only, never in headings, links or navigation', () => {
    const html =
      '<header>MDPH</header><main><h2>MDPH</h2><nav>commune</nav><a href="/x">MDPH</a>' +
      '<p>La MDPH aide la commune. La MDPH encore.</p></main><footer>commune</footer>';
    const { html: out, used } = linkGlossaryTerms(html, find, (m) => `[${m.text}]`);
    expect(out).toBe(
      '<header>MDPH</header><main><h2>MDPH</h2><nav>commune</nav><a href="/x">MDPH</a>' +
        '<p>La [MDPH] aide la [commune]. La MDPH encore.</p></main><footer>commune</footer>',
    );
    expect(used.map((e) => e.id)).toEqual(['mdph', 'commune']);
  });
  it('never touches attributes', () => {
    const { html } = linkGlossaryTerms('<main><p title="MDPH">texte</p></main>', find, () => 'X');
    expect(html).toBe('<main><p title="MDPH">texte</p></main>');
  });
});

describe('applyGlossary', () => {
  const glossary = { entries, find };
  it('standard page: links to the glossary page, with <abbr> and its expansion for an acronym', () => {
    const out = applyGlossary(`<main><p>La MDPH.</p>${DIFFICULT_WORDS_PLACEHOLDER}</main>`, '/solidarites-humaines/ambition-1/', glossary);
    expect(out).toBe(
      '<main><p>La <a class="glossary-link" href="/glossaire/#mdph"><abbr title="Maison départementale des personnes handicapées">MDPH</abbr></a>.</p></main>',
    );
  });
  it('FALC page: links to the explanation at the end of the page, in "Les mots difficiles"', () => {
    const out = applyGlossary(`<main><p>La commune.</p>${DIFFICULT_WORDS_PLACEHOLDER}</main>`, '/facile-a-lire/x/', glossary);
    expect(out).toContain('<p>La <a class="glossary-link" href="#mot-commune">commune</a>.</p>');
    expect(out).toContain('<h2 id="mots-difficiles">Les mots difficiles</h2>');
    expect(out).toContain('<dt id="mot-commune">commune</dt><dd>Une ville ou un village.</dd>');
    expect(out).not.toContain('mot-mdph');
  });
  it('FALC page without difficult words: no empty list', () => {
    expect(applyGlossary(`<main><p>Rien.</p>${DIFFICULT_WORDS_PLACEHOLDER}</main>`, '/facile-a-lire/', glossary)).toBe('<main><p>Rien.</p></main>');
  });
});
