/**
 * JSON Schemas of the front matter of each collection, made from the zod
 * schemas, for the editors' VS Code (completion and errors while typing; see
 * .vscode/ and .remarkrc.mjs). `npm run schemas` writes them to .vscode/schemas/.
 */
import { z } from 'astro/zod';
import { PacteSchema } from '../schemas/pacte.ts';
import { DefiSchema } from '../schemas/defi.ts';
import { ambitionSchema } from '../schemas/ambition.ts';
import { ThematiqueSchema } from '../schemas/thematique.ts';
import { PageSchema } from '../schemas/page.ts';
import { FalcPageSchema } from '../schemas/falc-page.ts';
import { GlossaryTermSchema } from '../schemas/glossary-term.ts';
import { SiteConfigSchema } from './site-config.ts';

/** Schema file name → [zod schema, the content files it describes]. */
export const FRONT_MATTER_SCHEMAS = {
  pacte: [PacteSchema, 'content/pactes/*.md'],
  defi: [DefiSchema, 'content/defis/*.md'],
  ambition: [ambitionSchema(), 'content/ambitions/*.md'],
  thematique: [ThematiqueSchema, 'content/thematiques/*.md'],
  page: [PageSchema, 'content/pages/*.md'],
  'page-falc': [FalcPageSchema, 'content/falc/**/*.md'],
  glossaire: [GlossaryTermSchema, 'content/glossaire/*.md'],
  // Not front matter: the site's settings, for VS Code's YAML extension (.vscode/settings.json).
  site: [SiteConfigSchema, 'content/site.yaml'],
} as const;

export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FRONT_MATTER_SCHEMAS).map(([name, [schema]]) => [
      `${name}.schema.json`,
      // Draft 7: what the editors' tools (Ajv in remark-lint-frontmatter-schema) read by default.
      JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }), additionalProperties: false }, null, 2) + '\n',
    ]),
  );
}
