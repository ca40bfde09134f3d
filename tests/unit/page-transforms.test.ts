/** What every finished page goes through, and what a build keeps of it for the next build and the glossary list. */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { readStoredPage, storedPage, transformPage } from '../../src/lib/page-transforms.ts';

const entries = [{ id: 'commune', terme: 'commune', formes: ['communes'], exclure: ['méthode commune'], sigle: false, definition: 'd', falc: 'Une ville.' }];
const glossary = { entries, find: createMatcher(entries), names: [] };
const page = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page</title></head><body><main>\n<p class="a">Les communes votent: oui.</p>\n<p>Une méthode commune\nsur deux lignes.</p></main></body></html>';

describe('page transforms', () => {
  it('link the glossary, set the typography, write the security policy, and say what the glossary decided', () => {
    const { html, glossaryUses } = transformPage(page, '/x/', glossary);
    expect(html).toContain('Les <a class="glossary-link" href="/glossaire/#commune">communes</a> votent\u00a0: oui.');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(glossaryUses.linked).toEqual([{ word: 'communes', href: '/glossaire/#commune', sentence: 'Les **communes** votent : oui.' }]);
    expect(glossaryUses.rejected).toEqual([{ word: 'commune', entry: 'commune', reason: 'exclu', sentence: 'Une méthode **commune** sur deux lignes.' }]);
  });

  it('are read back as they were stored, line breaks and quotes included', () => {
    const transformed = transformPage(page, '/x/', glossary);
    const stored = storedPage(transformed);
    expect(stored.split('\n')[0]).toBe(JSON.stringify(transformed.glossaryUses));
    expect(readStoredPage(stored)).toEqual(transformed);
  });

  it('a text that is no stored page reads as none (it is transformed again), never as a page', () => {
    expect(readStoredPage('<!DOCTYPE html><html lang="fr"></html>')).toBeUndefined();
    expect(readStoredPage('{"linked":[]}\n<p>x</p>')).toBeUndefined();
    expect(readStoredPage('')).toBeUndefined();
  });
});
