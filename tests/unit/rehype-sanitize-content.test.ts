import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypePlugins } from '../../src/markdown/plugins.ts';

// The same shape as Astro's Markdown pipeline: raw HTML kept as `raw` nodes until our plugins run.
const processor = unified()
  .use(remarkParse)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypePlugins)
  .use(rehypeStringify, { allowDangerousHtml: true });
const render = (md: string) => String(processor.processSync(md));

describe('the Markdown pipeline publishes no active content', () => {
  it.each([
    ['<script>alert(1)</script>', /<script/],
    ['<iframe src="https://example.com"></iframe>', /<iframe/],
    ['Un <span onclick="voler()">texte</span>.', /onclick/],
    ['[lien](javascript:alert(1))', /javascript:/],
    ['<a href="javascript:alert(1)">lien</a>', /javascript:/],
    ['<img src="x" onerror="alert(1)">', /onerror/],
  ])('%s', (markdown, forbidden) => {
    expect(render(markdown)).not.toMatch(forbidden);
  });

  it('keeps the allowed inline HTML and ordinary Markdown', () => {
    expect(render('Le <abbr title="Revenu de solidarité active">RSA</abbr> et **gras**.')).toBe(
      '<p>Le <abbr title="Revenu de solidarité active">RSA</abbr> et <strong>gras</strong>.</p>',
    );
  });
});
