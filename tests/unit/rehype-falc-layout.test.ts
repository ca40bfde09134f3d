import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeFalcLayout from '../../src/markdown/rehype-falc-layout.ts';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeFalcLayout).use(rehypeStringify);
const render = (markdown: string, path: string) => String(processor.processSync(new VFile({ value: markdown, path })));

describe('rehype-falc-layout', () => {
  it('wraps each ## section with its pictogram, decorative, on the left', () => {
    const html = render('## :aide: Le Département aide\n\nUne phrase.\nUne autre phrase.\n', '/p/content/falc/ambitions/st-01.md');
    expect(html).toMatch(/^<section class="falc-section"><span class="falc-section__picto"><svg [^>]*class="pictogram" aria-hidden="true" focusable="false"/);
    expect(html).toContain('<div class="falc-section__body"><h2>Le Département aide</h2>');
    expect(html).toContain('<p>Une phrase.<br>Une autre phrase.</p>');
  });
  it('leaves the standard pages alone', () => {
    expect(render('## :aide: Titre\n\nA.\nB.\n', '/p/content/ambitions/st-01.md')).toBe('<h2>:aide: Titre</h2>\n<p>A.\nB.</p>');
  });
  it('stops on an unknown pictogram with the list of known ones', () => {
    expect(() => render('## :licorne: Titre\n', '/p/content/falc/pages/accueil.md')).toThrow(
      /le pictogramme « :licorne: » n’existe pas\. Pictogrammes possibles : accueil, maison/,
    );
  });
});
