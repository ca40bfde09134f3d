import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import rehypeFalcLayout from '../../src/markdown/rehype-falc-layout.ts';
import { rehypePlugins } from '../../src/markdown/plugins.ts';
import { pictograms } from '../../src/lib/pictograms/pictograms.ts';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeFalcLayout).use(rehypeStringify);
const render = (markdown: string, path: string) => String(processor.processSync(new VFile({ value: markdown, path })));

describe('rehype-falc-layout', () => {
  it('wraps each ## section with its pictogram, decorative, on the left', () => {
    const html = render('## :aide: Le Département aide\n\nUne phrase.\nUne autre phrase.\n', '/p/content/falc/ambitions/st-01.md');
    // The Mulberry drawing of content/pictogrammes.yaml (aide: help_,_to), a decorative image file at 56 px.
    expect(html).toMatch(/^<section class="falc-section"><span class="falc-section__picto"><img class="pictogram" src="\/pictogrammes\/help_,_to\.svg" alt="" width="56" height="56"/);
    expect(html).toContain('<div class="falc-section__body"><h2>Le Département aide</h2>');
    expect(html).toContain('<p>Une phrase.<br>Une autre phrase.</p>');
  });
  it('leaves the standard pages alone', () => {
    expect(render('## :aide: Titre\n\nA.\nB.\n', '/p/content/ambitions/st-01.md')).toBe('<h2>:aide: Titre</h2>\n<p>A.\nB.</p>');
  });
  it('stops on an unknown pictogram, saying where the list is and how to find one', () => {
    expect(() => render('## :licorne: Titre\n', '/p/content/falc/pages/accueil.md')).toThrow(
      'content/falc/pages/accueil.md : Pictogramme inconnu « :licorne: ». Choisissez un nom de content/pictogrammes.yaml, ou cherchez une image : npm run pictogramme -- chercher <mot>.',
    );
  });
  it('takes the drawings from its options: the list given by the project', () => {
    const html = String(
      unified().use(remarkParse).use(remarkRehype).use(rehypeFalcLayout, { pictograms: { aide: '/pictogrammes/x.svg' } }).use(rehypeStringify)
        .processSync(new VFile({ value: '## :aide: Titre\n', path: '/p/content/falc/pages/accueil.md' })),
    );
    expect(html).toContain('<img class="pictogram" src="/pictogrammes/x.svg" alt=""');
  });
  it('gives Astro the list in the plugin options, so that a changed symbol re-renders the cached pages', () => {
    // Astro hashes its configuration (functions drop out, options stay) to decide whether its Markdown cache is stale.
    const options = JSON.stringify(rehypePlugins);
    for (const p of pictograms('.').values()) expect(options).toContain(`"${p.name}":"/pictogrammes/${p.symbole}.svg"`);
  });
});
