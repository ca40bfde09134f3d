/** The structure of each page type, checked on the built HTML. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { $, $$, allPages, page, text } from './dist.ts';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { routes } from '../../src/routes/route-table.ts';

function ambitionSource(id: string) {
  return splitFrontMatter(readFileSync(`content/ambitions/${id}.md`, 'utf8')).data as {
    temoignages: unknown[];
    chiffres: unknown[];
  };
}

describe('ambition page', () => {
  const p = page('/solidarites-territoriales/ambition-1/');

  it('has a breadcrumb Accueil › Pacte › Défi › Ambition, the last one being the current page', () => {
    const items = $$(p.tree, 'nav.breadcrumb li');
    expect(items.map(text)).toEqual([
      'Accueil',
      'Pacte des solidarités territoriales',
      'Défi 1 : Investir aujourd’hui pour notre avenir',
      'Ambition 1',
    ]);
    expect($(items[3]!, '[aria-current="page"]')).toBeDefined();
    expect($(items[2]!, 'a')?.properties.href).toBe('/solidarites-territoriales/#defi-1');
  });

  it('shows its number and title in the h1', () => {
    expect(text($(p.tree, 'h1'))).toBe('Ambition 1 : Le Département, 1er partenaire du développement des territoires');
  });

  it('has a table of contents and the five blocks in the report’s order', () => {
    expect($$(p.tree, 'nav.toc a').map((a) => a.properties.href)).toEqual([
      '#on-l-a-dit', '#actions', '#temoignages', '#chiffres', '#perspectives',
    ]);
    expect($$(p.tree, 'main h2').map(text)).toEqual([
      'Sur cette page', "On l'a dit, on l'a fait", 'Quelques actions', 'Ils en parlent mieux que nous', 'Chiffres', 'Perspectives',
    ]);
  });

  it('lists its 3 actions with their lead phrase in bold', () => {
    const actions = $$(p.tree, 'ol.block-paragraphs > li');
    expect(actions).toHaveLength(3);
    expect(text($(actions[0]!, 'strong'))).toBe('Fonds départemental de solidarité urbaine');
  });

  it('marks testimonies as figure + blockquote + figcaption', () => {
    const figures = $$(p.tree, 'section[aria-labelledby="temoignages"] figure');
    expect(figures).toHaveLength(ambitionSource('st-01').temoignages.length);
    for (const f of figures) {
      expect($(f, 'blockquote')).toBeDefined();
      expect(text($(f, 'figcaption'))).not.toBe('');
    }
    expect(text($(figures[1]!, 'figcaption'))).toBe('Joël Davesne, Maire de Marles-sur-Canche (313 habitants)');
  });

  it('reads each key figure as one phrase, its number emphasised and grouped', () => {
    const figures = $$(p.tree, 'ul.key-figures > li');
    expect(figures).toHaveLength(ambitionSource('st-01').chiffres.length);
    expect(text($(figures[1]!, 'p.key-figure'))).toMatch(/^1 159 projets accompagnés par la plateforme Ingénierie62/);
    // An ordinary space, read right by eSpeak NG, inside an element that keeps the number on one line.
    expect(toString($(figures[1]!, 'strong.key-figure__value > span.nombre')!)).toBe('1 159');
  });

  it('links to the next ambition, and the first one has no previous', () => {
    const links = $$(p.tree, 'nav.pager a');
    expect(links.map((a) => a.properties.rel)).toEqual([['next']]);
    expect(links[0]!.properties.href).toBe('/solidarites-territoriales/ambition-2/');
  });

  it('crosses pactes in the reading order', () => {
    const last = page('/solidarites-territoriales/ambition-14/');
    expect($$(last.tree, 'nav.pager a').map((a) => a.properties.href)).toEqual([
      '/solidarites-territoriales/ambition-13/',
      '/reussites-citoyennes/ambition-1/',
    ]);
    const end = page('/solidarites-humaines/ambition-16/');
    expect($$(end.tree, 'nav.pager a').map((a) => a.properties.rel)).toEqual([['prev']]);
  });

  it('marks its pacte as the current section in the main navigation', () => {
    const current = $$(p.tree, 'header nav a[aria-current]');
    expect(current.map((a) => [text(a), a.properties.ariaCurrent])).toEqual([['Solidarités territoriales', 'true']]);
  });

  it('holds every testimony and figure of every ambition', () => {
    const ambitions = allPages().filter((x) => /\/ambition-\d+\/$/.test(x.url));
    const testimonies = ambitions.reduce((n, x) => n + $$(x.tree, 'main figure.testimony').length, 0);
    const figures = ambitions.reduce((n, x) => n + $$(x.tree, 'main ul.key-figures > li').length, 0);
    const actions = ambitions.reduce((n, x) => n + $$(x.tree, 'main ol.block-paragraphs > li').length, 0);
    expect({ testimonies, figures, actions }).toEqual({ testimonies: 68, figures: 95, actions: 120 });
  });
});

describe('pacte page', () => {
  const p = page('/solidarites-humaines/');
  it('shows the key figures chosen for the pacte, each linked to its ambition', () => {
    const cards = $$(p.tree, 'main section[aria-labelledby="chiffres-cles"] ul.key-figures > li');
    expect(cards).toHaveLength(3);
    for (const card of cards) expect(String($(card, '.key-figure__source a')?.properties.href)).toMatch(/^\/solidarites-humaines\/ambition-\d+\/$/);
  });

  it('lists its défis as h2 and their ambitions as links', () => {
    expect($$(p.tree, 'main h2').map(text).filter((h) => h !== 'Quelques chiffres')).toEqual([
      'Défi 1 : Pour une société qui reconnaît la place de chacun',
      'Défi 2 : Aux côtés de chacun dans les moments de fragilité',
      "Défi 3 : Garantir la qualité de vie dans l'accueil et l'accompagnement",
      'Défi 4 : Fédérer pour développer les solidarités',
    ]);
    expect($$(p.tree, 'main ol.ambition-cards a')).toHaveLength(16);
    expect($$(p.tree, 'header nav a[aria-current="page"]').map(text)).toEqual(['Solidarités humaines']);
  });
});

describe('sommaire and plan du site', () => {
  it('the sommaire shows the whole tree: 4 thematiques, 3 pactes, 10 défis, 40 ambitions', () => {
    const p = page('/sommaire/');
    expect($$(p.tree, 'main a[href^="/thematiques/"]')).toHaveLength(4);
    expect($$(p.tree, 'main h2 a')).toHaveLength(3);
    expect($$(p.tree, 'main h3')).toHaveLength(10);
    // « Défi 1 : … », the number apart from the word, without the leading zero eSpeak NG reads « zéro un ».
    for (const h3 of $$(p.tree, 'main h3')) expect(text(h3)).toMatch(/^Défi [1-9]\d*\s:\s\S/);
    expect($$(p.tree, 'main a[href*="/ambition-"]')).toHaveLength(40);
  });

  it('the plan du site links to every page of the site', () => {
    const p = page('/plan-du-site/');
    const linked = new Set($$(p.tree, 'main a[href]').map((a) => String(a.properties.href)));
    const expected = allPages()
      .map((x) => x.url)
      .filter((u) => u !== '/404.html' && u !== '/plan-du-site/' && !u.startsWith('/facile-a-lire/'));
    expect(expected.filter((u) => !linked.has(u))).toEqual([]);
  });
});

describe('thematique pages', () => {
  it('hold the 13 sub-sections as h2, with their blocks as h3', () => {
    const themes = allPages().filter((x) => x.url.startsWith('/thematiques/'));
    const sections = themes.reduce((n, x) => n + $$(x.tree, 'main article > h2').length, 0);
    expect(sections).toBe(13);
    expect($$(page('/thematiques/aller-vers/').tree, 'main h3').map(text)).toContain('Le saviez-vous ?');
  });
});

describe('accueil, édito, 404', () => {
  it('the accueil presents the 3 pactes, the 4 thematiques and key figures with their source', () => {
    const p = page('/');
    expect($$(p.tree, 'main section[aria-labelledby="pactes"] li')).toHaveLength(3);
    expect($$(p.tree, 'main section[aria-labelledby="thematiques"] li')).toHaveLength(4);
    const figures = $$(p.tree, 'main section[aria-labelledby="chiffres-cles"] li');
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect($(f, '.key-figure__source a')).toBeDefined();
    expect($$(p.tree, 'header nav a[aria-current="page"]').map(text)).toEqual(['Accueil']);
  });

  it('the édito ends with its signature', () => {
    const p = page('/edito/');
    expect($$(p.tree, 'main article > p:not(.signature)')).toHaveLength(7);
    expect(text($(p.tree, '.signature'))).toBe('Jean-Claude LEROY Président du Département du Pas-de-Calais');
  });

  it('the 404 page offers a way back', () => {
    const p = page('/404.html');
    expect(text($(p.tree, 'h1'))).toBe('Page introuvable');
    expect($$(p.tree, 'main a').length).toBeGreaterThanOrEqual(3);
  });
});

describe('the route table (src/routes/route-table.ts) and the built pages', () => {
  const built = allPages().filter((p) => !p.url.startsWith('/_astro/') && !p.url.startsWith('/pagefind/'));

  it('knows the kind of every built page: the route files and the table cannot disagree', () => {
    expect(built.filter((p) => !routes.match(p.url)).map((p) => p.url)).toEqual([]);
  });

  it('has every page in both versions, at the address the table derives', () => {
    const urls = new Set(built.map((p) => p.url));
    expect(built.map((p) => routes.twinOf(p.url)).filter((twin) => !urls.has(twin))).toEqual([]);
  });

  it('builds each kind of page of the table, in both versions', () => {
    const kinds = new Set(built.map((p) => `${routes.match(p.url)?.kind.id} ${routes.versionOf(p.url)}`));
    for (const kind of routes.kinds) for (const version of ['standard', 'falc']) expect(kinds, `${kind.id} ${version}`).toContain(`${kind.id} ${version}`);
  });
});
