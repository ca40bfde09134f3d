/** Every page exists twice, each version naming and linking its twin. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { $, $$, allPages, page, text } from './dist.ts';
import { twinUrl } from '../../src/lib/urls.ts';

const pages = allPages();
const urls = new Set(pages.map((p) => p.url));
const falcPages = pages.filter((p) => p.url.startsWith('/facile-a-lire/'));
const standardPages = pages.filter((p) => !p.url.startsWith('/facile-a-lire/'));

describe('pairing on the built site', () => {
  it('has as many FALC pages as standard pages, each the twin of one', () => {
    expect(falcPages.length).toBe(standardPages.length);
    expect(standardPages.map((p) => twinUrl(p.url)).filter((u) => !urls.has(u))).toEqual([]);
    expect(falcPages.map((p) => twinUrl(p.url)).filter((u) => !urls.has(u))).toEqual([]);
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s names its twin in <head> and links to it right after the skip link', (_url, p) => {
    expect($(p.tree, 'head link[rel="alternate"]')?.properties.href).toBe(twinUrl(p.url));
    const focusable = $$(p.tree, 'body a[href]') as Element[];
    expect(focusable[1]?.properties.href).toBe(twinUrl(p.url));
    expect(text(focusable[1])).toBe(p.url.startsWith('/facile-a-lire/') ? 'Version complète' : 'Version facile à lire');
  });

  it('lists both versions in the sitemap', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    expect(sitemap).toContain('/solidarites-territoriales/ambition-1/</loc>');
    expect(sitemap).toContain('/facile-a-lire/solidarites-territoriales/ambition-1/</loc>');
    const locs = sitemap.match(/<loc>/g) ?? [];
    expect(locs.length).toBe(pages.filter((p) => !p.url.includes('404')).length);
  });
});

describe('FALC pages', () => {
  it.each(falcPages.map((p) => [p.url, p] as const))('%s uses the FALC layout and claims no review by readers', (_url, p) => {
    expect($(p.tree, 'html')?.properties.className).toContain('falc');
    expect($(p.tree, '.review--validated')).toBeUndefined();
    expect(p.html).not.toContain('logo-facile-a-lire');
    expect(p.html).not.toContain('falc-mots-difficiles');
    expect($(p.tree, '.falc-placeholder')).toBeUndefined();
    expect(text($(p.tree, '.review--pending'))).toBe(
      'Ce texte n’est pas encore vérifié par des lecteurs. Des personnes handicapées intellectuelles doivent encore le relire.',
    );
  });

  it('the FALC plan du site links to every FALC page', () => {
    const p = page('/facile-a-lire/plan-du-site/');
    const linked = new Set($$(p.tree, 'main a[href]').map((a) => String(a.properties.href)));
    const expected = falcPages.map((x) => x.url).filter((u) => !['/facile-a-lire/404/', '/facile-a-lire/plan-du-site/'].includes(u));
    expect(expected.filter((u) => !linked.has(u))).toEqual([]);
  });

  it('renders a written page with its sections and pictograms', () => {
    const p = page('/facile-a-lire/solidarites-territoriales/ambition-1/');
    // « Ambition 1 » first, as the links to the page say it.
    expect(text($(p.tree, 'h1'))).toBe('Ambition 1 Aider les communes à faire leurs projets');
    const sections = $$(p.tree, 'main section.falc-section:not(.difficult-words)');
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const s of sections) expect($(s, '.falc-section__picto > img.pictogram[alt=""]')).toBeTruthy();
    expect($$(p.tree, 'main p br').length).toBeGreaterThan(5);
  });

  it('links each difficult word to its explanation in "Les mots difficiles" at the end of the page', () => {
    const p = page('/facile-a-lire/solidarites-territoriales/ambition-1/');
    const links = $$(p.tree, 'main a.glossary-link');
    expect(links.length).toBeGreaterThan(0);
    const explained = new Set($$(p.tree, 'section.difficult-words dt').map((dt) => `#${dt.properties.id}`));
    expect(links.map((a) => String(a.properties.href)).filter((h) => !explained.has(h))).toEqual([]);
    expect(explained.size).toBe(links.length);
  });
});

describe('glossary on standard pages', () => {
  it('links the first use of a term only to the glossary; the acronym is marked <abbr>, its spelled-out name is not', () => {
    const p = page('/solidarites-territoriales/ambition-1/');
    const links = $$(p.tree, 'main a.glossary-link');
    const hrefs = links.map((a) => String(a.properties.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toContain('/glossaire/#fdsu');
    // « Fonds départemental de solidarité urbaine (FDSU) »: the name is linked, FDSU right after it is the <abbr>.
    const fdsu = links.find((a) => a.properties.href === '/glossaire/#fdsu')!;
    expect(text(fdsu)).toBe('Fonds départemental de solidarité urbaine');
    expect($(fdsu, 'abbr')).toBeUndefined();
    expect($$(p.tree, 'main abbr').map((a) => [text(a), a.properties.title])).toContainEqual(['FDSU', 'Fonds départemental de solidarité urbaine']);
    const glossary = page('/glossaire/');
    for (const href of hrefs) expect($(glossary.tree, `dt[id="${href.split('#')[1]}"]`)).toBeDefined();
  });
});
