/**
 * A plain Astro site built from the same Markdown as a project copy, for the
 * bench's project / plain-Astro ratio: one content collection of
 * every `.md` of the copy's `content/` (glob loader, no schema), one page per
 * entry that shows its text: the header's texts as written, one paragraph each
 * (an ambition of the bilan keeps 800 of its 950 words there), then the body
 * rendered. Astro's defaults otherwise. No dependency but Astro,
 * linked from the project's node_modules like a project copy (temp-project.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkNodeModules, type TempProject } from './temp-project.ts';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'astro-seul', private: true, type: 'module' }, null, 2) + '\n',
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    '',
    "export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './pages' }) }) };",
    '',
  ].join('\n'),
  'src/pages/[...id].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    '',
    'export async function getStaticPaths() {',
    "  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '// Every text of the header, as written: the report keeps most of its text there (actions, testimonies, figures).',
    'const texts = (value: unknown): string[] =>',
    "  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];",
    '---',
    '<html lang="fr">',
    '  <head><meta charset="utf-8" /><title>{String(entry.data.titre ?? entry.id)}</title></head>',
    '  <body><main>{texts(entry.data).map((text) => <p>{text}</p>)}<Content /></main></body>',
    '</html>',
    '',
  ].join('\n'),
};

/** A plain Astro project whose pages are the Markdown files of `contentDir`; `root` gives node_modules. */
export function plainAstroProject(contentDir: string, root = '.'): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-falc-astro-seul-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(contentDir, join(dir, 'pages'), { recursive: true, filter: (path) => !/\.(ya?ml|json)$/.test(path) });
  linkNodeModules(resolve(root), dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
