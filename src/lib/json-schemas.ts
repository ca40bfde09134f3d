/**
 * JSON Schemas of the front matter of each collection, made from the zod
 * schemas, for the editors' VS Code (completion and errors while typing; see
 * .vscode/ and .remarkrc.mjs). `npm run schemas` writes them to .vscode/schemas/.
 */
import { z } from 'astro/zod';
import { ThematiqueSchema } from '../schemas/thematique.ts';
import { falcPageSchema, groupSchema, leafSchema, pageSchema, topLevelSchema } from '../schemas/levels.ts';
import { GlossaryTermSchema } from '../schemas/glossary-term.ts';
import { SiteConfigSchema } from './site-config.ts';
import { fieldOf, levelOfRole, projectShape, type ReportShape } from '../model/report-shape.ts';

/**
 * Schema file name → [zod schema, the content files it describes]: one per
 * level of the report's shape (named after the level: `pacte`, `ambition`),
 * the general pages, the FALC pages, the glossary and the site's settings.
 */
export function frontMatterSchemas(shape: ReportShape = projectShape()): Record<string, readonly [z.ZodType, string]> {
  const group = levelOfRole(shape, 'group');
  const top = levelOfRole(shape, 'top')!;
  const leaf = levelOfRole(shape, 'leaf')!;
  return {
    [fieldOf(top)]: [topLevelSchema(shape), `content/${top.dossier}/*.md`],
    ...(group ? { [fieldOf(group)]: [groupSchema(shape)!, `content/${group.dossier}/*.md`] } : {}),
    [fieldOf(leaf)]: [leafSchema(shape), `content/${leaf.dossier}/*.md`],
    // A cross-cutting page is named by its name's first word (« thématique »), as in .remarkrc.mjs.
    ...(shape.transversales ? { [fieldOf(shape.transversales).split('-')[0]!]: [ThematiqueSchema, `content/${shape.transversales.dossier}/*.md`] } : {}),
    page: [pageSchema(shape), 'content/pages/*.md'],
    'page-falc': [falcPageSchema(shape), 'content/falc/**/*.md'],
    glossaire: [GlossaryTermSchema, 'content/glossaire/*.md'],
    // Not front matter: the site's settings, for VS Code's YAML extension (.vscode/settings.json).
    site: [SiteConfigSchema, 'content/site.yaml'],
  };
}

export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(frontMatterSchemas()).map(([name, [schema]]) => [
      `${name}.schema.json`,
      // Draft 7: what the editors' tools (Ajv in remark-lint-frontmatter-schema) read by default.
      JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }), additionalProperties: false }, null, 2) + '\n',
    ]),
  );
}
