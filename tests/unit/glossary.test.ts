import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { linkGlossaryTerms } from '../../src/lib/glossary/link-terms.ts';
import { applyGlossary, DIFFICULT_WORDS_PLACEHOLDER } from '../../src/lib/glossary/apply.ts';
import { glossaryEntriesFromFiles, reportNamesFromFiles } from '../../src/lib/glossary/from-files.ts';
import { formatLinkReport, linkedUses } from '../../src/lib/glossary/link-report.ts';
import { GlossaryTermSchema } from '../../src/schemas/glossary-term.ts';

const entries = [
  { id: 'mdph', terme: 'MDPH', formes: ['Maison départementale des personnes handicapées'], exclure: [], sigle: true, developpe: 'Maison départementale des personnes handicapées', definition: 'd', falc: 'La MDPH accueille.\nElle aide.' },
  { id: 'commune', terme: 'commune', formes: ['communes'], exclure: ['méthode commune'], sigle: false, definition: 'd', falc: 'Une ville ou un village.' },
];
const find = createMatcher(entries);
const glossary = { entries, find, names: ['Solidarités humaines'] };

describe('createMatcher', () => {
  it('matches acronyms with their case and words in any case, as whole words', () => {
    expect(find('La MDPH et les Communes ; mdph ; communesX ; xMDPH').map((m) => m.text)).toEqual(['MDPH', 'Communes']);
  });
  const words = (list: { id: string; terme: string; formes?: string[]; sigle?: boolean }[]) =>
    createMatcher(list.map(({ id, terme, formes = [], sigle = false }) => ({ id, terme, formes, sigle, exclure: [] })));
  it('finds forms of several words, the longest at a place, and each word once', () => {
    const find = words([
      { id: 'pdc', terme: 'Pas-de-Calais' },
      { id: 'pas', terme: 'pas' },
      { id: 'ca', terme: 'Conseil d’administration' },
      { id: 'conseil', terme: 'conseil' },
      { id: 'aujourdhui', terme: 'aujourd’hui' },
    ]);
    const found = find('Le Pas-de-Calais, pas à pas ; le Conseil d’administration et le conseil ; aujourd’hui ; aujourd’huis ; Pas-de-Calaisien.');
    expect(found.map((m) => [m.text, m.entry.id])).toEqual([
      ['Pas-de-Calais', 'pdc'], ['pas', 'pas'], ['pas', 'pas'], ['Conseil d’administration', 'ca'], ['conseil', 'conseil'], ['aujourd’hui', 'aujourdhui'],
      // « Pas-de-Calaisien »: the name is followed by letters, its first word is not.
      ['Pas', 'pas'],
    ]);
  });
  it('keeps the form written as in the text (an accent is not a case), and an acronym before a word as long', () => {
    const find = words([
      { id: 'etat', terme: 'État', formes: ['état'] },
      { id: 'rsa', terme: 'RSA', sigle: true },
      { id: 'rsa-mot', terme: 'rsa' },
    ]);
    expect(find('l’État ; un état ; ÉTAT ; ETAT ; le RSA ; le rsa').map((m) => [m.text, m.form, m.entry.id])).toEqual([
      ['État', 'État', 'etat'], ['état', 'état', 'etat'], ['ÉTAT', 'État', 'etat'], ['RSA', 'RSA', 'rsa'], ['rsa', 'rsa', 'rsa-mot'],
    ]);
  });
});

describe('linkGlossaryTerms', () => {
  const first = (m: { kind: string; first?: boolean; match?: { text: string } }) => (m.kind === 'word' && m.first ? `[${m.match!.text}]` : undefined);
  it('links the first use inside main only, never in headings, links or navigation', () => {
    const html =
      '<header>MDPH</header><main><h2>MDPH</h2><nav>commune</nav><a href="/x">MDPH</a>' +
      '<p>La MDPH aide la commune. La MDPH encore.</p></main><footer>commune</footer>';
    const { html: out, used } = linkGlossaryTerms(html, find, first);
    expect(out).toBe(
      '<header>MDPH</header><main><h2>MDPH</h2><nav>commune</nav><a href="/x">MDPH</a>' +
        '<p>La [MDPH] aide la [commune]. La MDPH encore.</p></main><footer>commune</footer>',
    );
    expect(used.map((e) => e.id)).toEqual(['mdph', 'commune']);
  });
  it('reads a style or script element as raw text: a tag written in it (a CSS comment, as the preview serves) hides nothing', () => {
    const head = '<style>/* the header menu, the breadcrumb (all <nav>), wide <button> */ p { margin: 0 }</style>' +
      "<script>if (a<b) note('<a href=\"#\">'); /* <h2> */</script>";
    const { html } = linkGlossaryTerms(`<html><head>${head}</head><body><main><p>La MDPH aide la commune.</p></main></body></html>`, find, first);
    expect(html).toContain('<main><p>La [MDPH] aide la [commune].</p></main>');
    expect(html).toContain(head);
  });
  it('never touches attributes', () => {
    const { html } = linkGlossaryTerms('<main><p title="MDPH">texte</p></main>', find, () => 'X');
    expect(html).toBe('<main><p title="MDPH">texte</p></main>');
  });
  it('reads the words around a match across inline tags, but not across blocks', () => {
    const across = linkGlossaryTerms('<main><p>une méthode <strong>commune</strong> à tous</p></main>', find, first);
    expect(across.used).toEqual([]);
    expect(across.rejected.map((r) => r.reason)).toEqual(['exclu']);
    const apart = linkGlossaryTerms('<main><p>une méthode</p><p>Commune par commune.</p></main>', find, first);
    expect(apart.used.map((e) => e.id)).toEqual(['commune']);
  });
});

describe('the glossary links the sense the reader is reading: the report’s own sentences', () => {
  const real = glossaryEntriesFromFiles('.');
  const findReal = createMatcher(real);
  const names = reportNamesFromFiles('.');
  const read = (sentence: string) => {
    const { used, rejected } = linkGlossaryTerms(`<main><p>${sentence}</p></main>`, findReal, () => undefined, names);
    return { used: used.map((e) => e.id), rejected: rejected.map((r) => [r.match.entry.id, r.reason]) };
  };
  it.each([
    // [sentence as in content/, entry it must not link, the rule that holds it]
    ['Il propose notamment des agents conversationnels pour répondre à toutes les questions des usagers sur la mesure permis et BAFA.', 'agent', 'exclu'],
    ['Pour cela, il utilise une méthode commune à toute la France.', 'commune', 'exclu'],
    ['Cette aide s’appelle Ambitions jeunes.', 'ambition', 'nom-propre'],
    ['Par ailleurs, le dispositif Ambitions jeunes soutient dorénavant des jeunes ayant bénéficié d’une prise en charge de l’ASE pour la poursuite d’études longues.', 'ambition', 'nom-propre'],
    ['Ainsi, la Chambre d’agriculture est intervenue en 2024 à Saint-Inglevert, Hervelinghen et Wissant pour accompagner les agriculteurs dans la plantation de haies avec le dispositif national Pacte en faveur de la haie.', 'pacte', 'exclu'],
    ['Le Schéma départemental des enseignements et pratiques artistiques en amateur adopté en 2023 a été élaboré dans le cadre d’une recherche action menée avec le Laboratoire d’usages culture(s) arts société (LUCAS).', 'laboratoire', 'nom-propre'],
    ['Monsieur C., accompagné sur l’Artois au titre de l’accompagnement ADSL (autonome dans son logement) du Logement d’abord.', 'autonomie', 'nom-de-sigle'],
    ['Comités départementaux de la protection de l’enfance (CDPE) pour repérer les cas complexes chez les tout-petits, dispositif Autonome dans son logement (ADSL) pour les personnes ayant des parcours logement complexes.', 'autonomie', 'nom-propre'],
    // The pactes' own names: the pacte is linked, the words of its name are not.
    ['Son nom est : pacte des solidarités humaines.', 'solidarite', 'nom-du-rapport'],
    ['Son nom est : pacte des réussites citoyennes.', 'citoyen', 'nom-du-rapport'],
  ])('%s', (sentence, entry, reason) => {
    const { used, rejected } = read(sentence.replaceAll('’', "'"));
    expect(used).not.toContain(entry);
    expect(rejected).toContainEqual([entry, reason]);
  });
  it.each([
    // The same words in the glossary's sense are still linked.
    ['Depuis 2022, le traitement des situations repose en grande partie sur les agents du Département.', 'agent'],
    ['Le Fonds départemental de solidarité urbaine a accompagné 26 communes candidates.', 'commune'],
    ['Cet Engagement handicap se décline au travers de quatre grandes ambitions.', 'ambition'],
    ['Après une large concertation, trois Pactes ont été votés.', 'pacte'],
    ['355 000 C’est le nombre d’analyses réalisées par an par le laboratoire départemental d’analyses.', 'laboratoire'],
    ['Le Département accompagne les jeunes majeurs vers l’autonomie.', 'autonomie'],
    ['Ambitions et pactes : le Département a 40 ambitions.', 'ambition'],
    ['Son nom est : pacte des solidarités humaines.', 'pacte'],
    ['Le Département agit par la solidarité entre les habitants.', 'solidarite'],
  ])('%s', (sentence, entry) => {
    expect(read(sentence.replaceAll('’', "'")).used).toContain(entry);
  });
});

describe('front matter « exclure »', () => {
  const term = { terme: 'commune', formes: ['communes'], definition: 'd', falc: 'f' };
  it('accepts phrases that hold a form of the word', () => {
    expect(GlossaryTermSchema.safeParse({ ...term, exclure: ['méthode commune', 'Mutualiser des communes'] }).success).toBe(true);
  });
  it('refuses, in French, a phrase that could exclude nothing', () => {
    const result = GlossaryTermSchema.safeParse({ ...term, exclure: ['méthode comune'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['exclure', 0]);
    expect(result.error?.issues[0]?.message).toMatch(/« méthode comune » ne contient ni « commune »/);
  });
});

describe('applyGlossary', () => {
  it('standard page: links to the glossary page, the acronym marked <abbr> with its expansion', () => {
    const out = applyGlossary(`<main><p>La MDPH.</p>${DIFFICULT_WORDS_PLACEHOLDER}</main>`, '/solidarites-humaines/ambition-1/', glossary).html;
    expect(out).toBe(
      '<main><p>La <a class="glossary-link" href="/glossaire/#mdph"><abbr title="Maison départementale des personnes handicapées">MDPH</abbr></a>.</p></main>',
    );
  });
  it('standard page: every later use of an acronym is marked too, the spelled-out name never', () => {
    const out = applyGlossary('<main><p>La Maison départementale des personnes handicapées (MDPH) aide.</p><p>La MDPH encore.</p></main>', '/x/', glossary).html;
    expect(out).toBe(
      '<main><p>La <a class="glossary-link" href="/glossaire/#mdph">Maison départementale des personnes handicapées</a> ' +
        '(<abbr title="Maison départementale des personnes handicapées">MDPH</abbr>) aide.</p>' +
        '<p>La <abbr title="Maison départementale des personnes handicapées">MDPH</abbr> encore.</p></main>',
    );
  });
  it('standard page: an acronym the glossary does not know is marked with the name the page spells out', () => {
    const out = applyGlossary('<main><p>La Société du CSNE.</p><p>Le Canal Seine-Nord Europe (CSNE) avance.</p></main>', '/x/', glossary).html;
    expect(out).toBe(
      '<main><p>La Société du <abbr title="Canal Seine-Nord Europe">CSNE</abbr>.</p>' +
        '<p>Le Canal Seine-Nord Europe (<abbr title="Canal Seine-Nord Europe">CSNE</abbr>) avance.</p></main>',
    );
  });
  it('FALC page: links to the explanation at the end of the page, which links back to the text', () => {
    const out = applyGlossary(`<main><p>La commune.</p>${DIFFICULT_WORDS_PLACEHOLDER}</main>`, '/facile-a-lire/x/', glossary).html;
    expect(out).toContain('<p>La <a class="glossary-link" id="emploi-commune" href="#mot-commune">commune</a>.</p>');
    expect(out).toContain('<h2 id="mots-difficiles">Les mots difficiles</h2>');
    expect(out).toContain(
      '<dt id="mot-commune">commune</dt><dd>Une ville ou un village.<br>' +
        '<a class="difficult-words__back" href="#emploi-commune" aria-label="Revenir au texte : commune" data-pagefind-ignore>Revenir au texte</a></dd>',
    );
    expect(out).not.toContain('mot-mdph');
    expect(out).not.toContain('<abbr');
  });
  it('FALC page without difficult words: no empty list', () => {
    expect(applyGlossary(`<main><p>Rien.</p>${DIFFICULT_WORDS_PLACEHOLDER}</main>`, '/facile-a-lire/', glossary).html).toBe('<main><p>Rien.</p></main>');
  });
});

describe('the list of glossary links', () => {
  it('gives each link and each word left unlinked with its sentence, as the glossary step decided them', () => {
    const { html, uses } = applyGlossary(
      '<main><p>Une phrase avant. Les communes votent. Une méthode commune existe.</p><ul><li>La MDPH aide.</li></ul></main>',
      '/x/',
      glossary,
    );
    expect(uses.linked).toEqual([
      { word: 'communes', href: '/glossaire/#commune', sentence: 'Les **communes** votent.' },
      { word: 'MDPH', href: '/glossaire/#mdph', sentence: 'La **MDPH** aide.' },
    ]);
    expect(uses.rejected).toEqual([{ word: 'commune', entry: 'commune', reason: 'exclu', sentence: 'Une méthode **commune** existe.' }]);
    // The links the step says it made are the links the page has.
    const published = linkedUses({ url: '/x/', tree: fromHtml(html) });
    expect(published).toEqual(uses.linked.map((use) => ({ url: '/x/', ...use })));
    const report = formatLinkReport(published, uses.rejected.map((use) => ({ url: '/x/', ...use })));
    expect(report).toContain('2 liens, 1 mots écartés, sur 1 pages.');
    expect(report).toContain('- ~~commune~~ (commune, exclu par le champ « exclure » du mot) : Une méthode **commune** existe.');
    expect(report).not.toContain('absentes');
  });
  it('reads the sentence as a reader sees it (character references decoded, French typography), on a FALC page too', () => {
    const { uses } = applyGlossary('<main><p>L&#39;aide &amp; la « commune » d&#x27;ici: oui!</p><p>Une méthode commune.</p></main>', '/facile-a-lire/x/', glossary);
    expect(uses.linked).toEqual([{ word: 'commune', href: '#mot-commune', sentence: "L'aide & la « **commune** » d'ici : oui !" }]);
    expect(uses.rejected.map((use) => use.sentence)).toEqual(['Une méthode **commune**.']);
  });
  it('a glossary page records no use; a page missing from the list is named at its top', () => {
    expect(applyGlossary('<main><p>La commune.</p></main>', '/glossaire/', glossary).uses).toEqual({ linked: [], rejected: [] });
    expect(formatLinkReport([], [], ['/edito/'])).toContain('**Pages absentes de cette liste** (construction à refaire, voir le message de `npm run build`) : /edito/.');
  });
});
