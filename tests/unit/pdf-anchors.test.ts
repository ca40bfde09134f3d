import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { linkParts, partAnchor } from '../../scripts/pdf/anchors.ts';
import { element } from '../../scripts/pdf/html.ts';
import type { PagePart } from '../../scripts/pdf/page-part.ts';

const part = (path: string, content: Element[]): PagePart => ({ kind: 'ambition', path, title: path, content, styles: [], rootClasses: [] });
const link = (href: string) => element('a', { href }, ['lien']);

describe('partAnchor', () => {
  it('names a page after its path, without the version prefix', () => {
    expect(partAnchor('/facile-a-lire/solidarites-territoriales/ambition-1/', '/facile-a-lire')).toBe('solidarites-territoriales-ambition-1');
    expect(partAnchor('/glossaire/', '')).toBe('glossaire');
  });
});

describe('linkParts', () => {
  const context = { prefix: '', siteAddress: 'https://example.org' };

  it('scopes ids by page and keeps the references to them', () => {
    const section = element('section', { ariaLabelledBy: ['actions'] }, [element('h3', { id: 'actions' }, ['Quelques actions'])]);
    const anchors = linkParts([part('/st/ambition-1/', [section])], context);
    expect(anchors).toEqual(['st-ambition-1']);
    expect(section.properties.ariaLabelledBy).toEqual(['st-ambition-1--actions']);
    expect((section.children[0] as Element).properties.id).toBe('st-ambition-1--actions');
  });

  it('sends a link into the document when its target is there, to the public site otherwise', () => {
    const samePage = link('#mot-commune');
    const otherPage = link('/glossaire/#commune');
    const missingFragment = link('/glossaire/#absent');
    const outside = link('/recherche/');
    const external = link('https://www.example.com/');
    linkParts(
      [
        part('/st/ambition-1/', [element('dl', {}, [element('dt', { id: 'mot-commune' }, ['commune'])]), samePage, otherPage, missingFragment, outside, external]),
        part('/glossaire/', [element('dt', { id: 'commune' }, ['commune'])]),
      ],
      context,
    );
    expect(samePage.properties.href).toBe('#st-ambition-1--mot-commune');
    expect(otherPage.properties.href).toBe('#glossaire--commune');
    expect(missingFragment.properties.href).toBe('#glossaire');
    expect(outside.properties.href).toBe('https://example.org/recherche/');
    expect(external.properties.href).toBe('https://www.example.com/');
  });
});
