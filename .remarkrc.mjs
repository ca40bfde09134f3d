// Used by the VS Code extension « remark » (unifiedjs.vscode-remark, recommended in
// .vscode/extensions.json): it checks the front matter of content files against the
// project's schemas while editors type. The full check remains `npm run lint:content`.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          './.vscode/schemas/pacte.schema.json': ['content/pactes/*.md'],
          './.vscode/schemas/defi.schema.json': ['content/defis/*.md'],
          './.vscode/schemas/ambition.schema.json': ['content/ambitions/*.md'],
          './.vscode/schemas/thematique.schema.json': ['content/thematiques/*.md'],
          './.vscode/schemas/page.schema.json': ['content/pages/*.md'],
          './.vscode/schemas/page-falc.schema.json': ['content/falc/**/*.md'],
          './.vscode/schemas/glossaire.schema.json': ['content/glossaire/*.md'],
        },
      },
    ],
  ],
};
