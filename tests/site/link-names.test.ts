/**
 * The same name from the link to the page (issue 18, point 4): in the lists of
 * ambitions (sommaire, plan du site, pacte pages, both versions), a link says
 * exactly what the page it opens says in its heading, « Ambition 1 » included.
 */
import { describe, expect, it } from 'vitest';
import { $, $$, allPages, page, text } from './dist.ts';

const AMBITION_PAGE = /\/ambition-\d+\/$/;
const FALC = /^\/facile-a-lire/;
/** Pacte pages: the first segment of ambition URLs. */
const pactes = new Set(allPages().map((p) => /^\/([^/]+)\/ambition-\d+\/$/.exec(p.url.replace(FALC, ''))?.[1]).filter(Boolean));
const listings = allPages().filter((p) => {
  const section = /^\/([^/]+)\/$/.exec(p.url.replace(FALC, ''))?.[1];
  return section !== undefined && (section === 'sommaire' || section === 'plan-du-site' || pactes.has(section));
});
/** Punctuation only a visual reader sees or misses (« Ambition 1 : » in the standard heading) does not change the name. */
const spoken = (s: string) => s.replace(/\s:\s/g, ' ').replace(/\s+/g, ' ').trim();

describe('ambition links and the pages they open', () => {
  const links = listings.flatMap((p) =>
    $$(p.tree, 'main li > a[href]')
      .filter((a) => AMBITION_PAGE.test(String(a.properties.href)))
      .map((a) => ({ from: p.url, href: String(a.properties.href), name: text(a) })),
  );

  it('finds the lists of both versions', () => {
    expect(links.filter((l) => l.from === '/sommaire/')).toHaveLength(40);
    expect(links.filter((l) => l.from === '/facile-a-lire/sommaire/')).toHaveLength(40);
  });

  it.each(links.map((l) => [`${l.from} → ${l.href}`, l] as const))('%s', (_label, link) => {
    const heading = text($(page(link.href).tree, 'h1'));
    expect(spoken(heading)).toBe(spoken(link.name));
  });
});
