/**
 * The content check parses a text that no GFM construct can touch without GFM
 * (src/lib/checks/markdown-tree.ts, issue 20): the trees must be the ones GFM gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mayHoldGfm, parseMarkdown } from '../../src/lib/checks/markdown-tree.ts';
import { collectMarkdown } from '../../src/lib/falc/index.ts';

const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();
function withGfm(markdown: string) {
  const mdast = gfm.parse(markdown);
  return { mdast, hast: gfm.runSync(structuredClone(mdast)) };
}

describe('Markdown trees of the content check', () => {
  const pages = collectMarkdown([join(import.meta.dirname, '../../content')]).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('are GFM’s on every page of the report', () => {
    expect(pages.filter(({ text }) => !mayHoldGfm(text)).length).toBeGreaterThan(50);
    for (const { path, text } of pages) expect(parseMarkdown(text, 'body'), path).toEqual(withGfm(text));
  }, 60_000);

  it('are GFM’s on any text that mayHoldGfm lets through', () => {
    const piece = fc.constantFrom('a', 'É', ' ', '\n', '\n\n', '-', '*', '_', '[', ']', '(', ')', '^', ':', '#', '>', '`', '1.', '---', '\\', '!', '<', '&',
      'x', 'w', '.', '~', '|', '@', 'http', 'www', '<b>', '</b>', '/', 'é', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(!mayHoldGfm(text));
        expect(parseMarkdown(text, 'body')).toEqual(withGfm(text));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('let through no GFM construct', () => {
    for (const text of ['| a |\n| - |\n', 'a\n---:\n', 'Texte[^1].\n\n[^1]: Note.\n', '~~barré~~', '- [ ] à faire', '- [X] fait', 'www.example.org', 'WWW\\.a', 'https://a.fr', 'a@b.fr']) {
      expect(mayHoldGfm(text), text).toBe(true);
    }
  });

  it('leave the Markdown tree as parsed once the HTML tree is made from it', () => {
    // The rules read both trees; parseMarkdown does not copy the first before making the second.
    const text = [
      'Texte[^1] et [lien][r], ![image][i], www.example.org.', '[^1]: Note *en italique*.', '[r]: https://example.org "titre"', '[i]: photo.png',
      '| a | b |\n|:-|-:|\n| 1 | **2** |', '- [ ] à faire\n- [x] fait', '<div class="x">brut <b>gras</b></div>', '~~barré~~', '```js\ncode\n```',
      '> citation', '1. un\n2. deux', 'ligne  \ncassée\\\nici',
    ].join('\n\n');
    for (const kind of ['body', 'field'] as const) expect(parseMarkdown(text, kind).mdast, kind).toEqual(parsedAs(kind, text));
  });
});

/** The Markdown tree remark-parse gives, with GFM for a body, without for a field (as the build renders each). */
function parsedAs(kind: 'body' | 'field', text: string) {
  return (kind === 'body' ? gfm : unified().use(remarkParse)).parse(text);
}

