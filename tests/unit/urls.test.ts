import { describe, expect, it } from 'vitest';
import { isFalcPath, twinUrl } from '../../src/lib/urls.ts';

describe('twinUrl', () => {
  it.each([
    ['/', '/facile-a-lire/'],
    ['/solidarites-territoriales/ambition-1/', '/facile-a-lire/solidarites-territoriales/ambition-1/'],
    ['/facile-a-lire/glossaire/', '/glossaire/'],
    ['/facile-a-lire/', '/'],
    ['/404.html', '/facile-a-lire/404/'],
    ['/facile-a-lire/404/', '/404.html'],
  ])('%s ⇄ %s', (from, to) => {
    expect(twinUrl(from)).toBe(to);
    expect(twinUrl(to)).toBe(from);
  });
  it('tells FALC paths apart, without being fooled by a similar prefix', () => {
    expect(isFalcPath('/facile-a-lire/')).toBe(true);
    expect(isFalcPath('/facile-a-lire-plus/')).toBe(false);
  });
});
