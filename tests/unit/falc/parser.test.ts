import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectMarkdown } from '../../../src/lib/falc/index.ts';
import { createFalcProcessor, createPlainParser } from '../../../src/lib/falc/processor.ts';
import { mayHoldGfmSyntax } from '../../../src/lib/falc/syntax.ts';

// The linter parses a text without `|` and `[^` without the table and footnote
// extensions (lint.ts): the tree must be the one the full parser gives.
const full = createFalcProcessor();
const plain = createPlainParser();
const ROOT = join(import.meta.dirname, '../../..');
const pages = collectMarkdown([join(ROOT, 'content'), join(import.meta.dirname, 'corpus')])
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  .filter(({ text }) => !mayHoldGfmSyntax(text));

describe('plain Markdown parser', () => {
  it('is used for most of the report', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('gives the full parser’s tree on every page of the report without a table or a footnote', () => {
    for (const { path, text } of pages) expect(plain.parse(text), path).toEqual(full.parse(text));
  });

  it('gives the full parser’s tree on any text that mayHoldGfmSyntax lets through', () => {
    const piece = fc.constantFrom('a', 'É', ' ', '\n', '\n\n', '-', '*', '_', '[', ']', '(', ')', '^', ':', '#', '>', '`', '1.', '---', '\\', '!', '<', '&');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        fc.pre(!mayHoldGfmSyntax(text));
        expect(plain.parse(text)).toEqual(full.parse(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('lets through neither a table nor a footnote', () => {
    expect(mayHoldGfmSyntax('| a |\n| - |\n')).toBe(true);
    expect(mayHoldGfmSyntax('Texte[^1].\n\n[^1]: Note.\n')).toBe(true);
    expect(full.parse('| a | b |\n| --- | --- |\n').children[0]?.type).toBe('table');
    // A one-column table needs no pipe when its delimiter row has an alignment colon (found by the property above).
    expect(full.parse('a\n---:\n').children[0]?.type).toBe('table');
    expect(mayHoldGfmSyntax('a\n---:\n')).toBe(true);
    expect(mayHoldGfmSyntax('a\n:--\n')).toBe(true);
  });
});
