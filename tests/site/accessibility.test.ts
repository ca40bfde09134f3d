/** The accessibility statement and the RGAA mention in every footer. */
import { describe, expect, it } from 'vitest';
import { $, $$, allPages, page, text } from './dist.ts';
import { routes } from '../../src/routes/route-table.ts';

const STATUS = /^Accessibilité : (totalement conforme|partiellement conforme|non conforme)$/;

describe('accessibility statement', () => {
  it.each(allPages().filter((p) => !p.url.startsWith('/facile-a-lire/')).map((p) => [p.url, p] as const))(
    '%s shows « Accessibilité : <statut> » in its footer, linking to the statement',
    (_url, p) => {
      const link = $$(p.tree, 'footer a').find((a) => a.properties.href === '/accessibilite/');
      expect(text(link)).toMatch(STATUS);
    },
  );

  it('is listed in the plan du site', () => {
    expect($$(page('/plan-du-site/').tree, 'main a').map((a) => a.properties.href)).toContain('/accessibilite/');
  });

  it('the plan du site lists, in both versions and in the route table’s order, the site pages the table marks for it', () => {
    const listed = routes.kinds.filter((kind) => kind.siteMapName);
    expect(listed.map((kind) => kind.id)).toContain('accessibilite');
    for (const version of ['standard', 'falc'] as const) {
      const links = $$(page(routes.pathOf('plan-du-site', {}, { version })).tree, 'main ul a').map((a) => String(a.properties.href));
      const expected = listed.map((kind) => routes.pathOf(kind.id, {}, { version }));
      expect(links.filter((href) => expected.includes(href)), version).toEqual(expected);
    }
  });

  it('has the sections of the RGAA template', () => {
    const p = page('/accessibilite/');
    expect($$(p.tree, 'main h2').map(text)).toEqual([
      'Engagement', 'État de conformité', 'Résultats des tests', 'Contenus non accessibles',
      'Établissement de cette déclaration', "Retour d'information et contact", 'Voies de recours',
    ]);
    expect(text($(p.tree, '.statement__status'))).toMatch(/est (totalement conforme|partiellement conforme|non conforme) avec le référentiel/);
    expect($$(p.tree, 'main a').map((a) => a.properties.href)).toEqual(
      expect.arrayContaining(['https://formulaire.defenseurdesdroits.fr/', expect.stringMatching(/^mailto:/)]),
    );
  });

  it('agrees with the footer, and lists the sample: home, plan du site and itself first', () => {
    const p = page('/accessibilite/');
    const statut = /Accessibilité : (.*)$/.exec(text($$(p.tree, 'footer a').find((a) => a.properties.href === '/accessibilite/')))![1]!;
    expect(text($(p.tree, '.statement__status strong'))).toBe(statut);
    const sample = $$(p.tree, '.statement__sample > li > a:first-child').map((a) => a.properties.href);
    expect(sample.slice(0, 3)).toEqual(['/', '/plan-du-site/', '/accessibilite/']);
  });
});

describe('accessibility statement: what is known, in both versions (issue 18, point 5)', () => {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('« Non-conformités » says what is known: the automated result and what no tool can check', () => {
    const section = $(page('/accessibilite/').tree, 'section[aria-labelledby="non-accessibles"]')!;
    const known = text(section);
    expect(known).not.toMatch(/seront établies par l'audit humain/);
    expect(known).toMatch(/La vérification automatique du .+ (n'a trouvé d'erreur sur aucun critère|Critère \d)|Aucune vérification automatique/);
    // The criteria only a person can check, listed in this section (not elsewhere on the page).
    const unchecked = $$(section, 'h4 + p + ul > li').map(text);
    expect(unchecked).toEqual(expect.arrayContaining([expect.stringMatching(/\(critère 1\.3\)$/), expect.stringMatching(/lecteurs d’écran .*\(tous les critères\)$/)]));
  });

  it('the FALC statement gives the Défenseur des droits’ form and postal address, the same as the standard one', () => {
    const standard = $$(page('/accessibilite/').tree, 'section[aria-labelledby="recours"] li').map(text);
    const postal = standard.find((li) => li.includes('Libre réponse'))!;
    const address = fold(postal.slice(postal.lastIndexOf(' : ') + 3));
    const falc = page('/facile-a-lire/accessibilite/');
    expect(fold(text($(falc.tree, 'main')))).toContain(address);
    expect($$(falc.tree, 'main a').map((a) => a.properties.href)).toContain('https://formulaire.defenseurdesdroits.fr/');
  });
});
