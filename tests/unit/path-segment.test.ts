import { describe, expect, it } from 'vitest';
import { pathSegment } from '../../src/lib/path-segment.ts';

describe('pathSegment', () => {
  it('keeps what a path segment holds as it is, so that a server decoding with decodeURI finds the file', () => {
    for (const name of ['help_,_to', "l'été (2024) & co; n°1=a+b@x:y!*$"]) expect(decodeURI(pathSegment(name))).toBe(name);
    expect(pathSegment('help_,_to')).toBe('help_,_to');
  });

  it('encodes what would end or break the segment, and what is not ASCII', () => {
    expect(pathSegment('a/b?c#d e')).toBe('a%2Fb%3Fc%23d%20e');
    expect(pathSegment('été')).toBe('%C3%A9t%C3%A9');
    expect(pathSegment('100%')).toBe('100%25');
  });
});
