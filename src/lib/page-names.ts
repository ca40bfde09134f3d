/**
 * One way to name a page, for every command an editor types: a page is given
 * by its file (standard or FALC: `content/ambitions/st-01.md`,
 * `content/falc/ambitions/st-01.md`), by its short name (`ambitions/st-01`),
 * or by its bare name when only one collection has it (`st-01`, `accueil`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFiles {
  /** Short name, `<collection>/<id>`. */
  page: string;
  /** Relative to the project root. */
  standardFile: string;
  falcFile: string;
}

export type PageLookup = { ok: true; files: PageFiles } | { ok: false; message: string };

/** Said whenever a page cannot be found, so the editor learns the accepted forms. */
export const PAGE_FORMS =
  'Une page se désigne par son fichier (content/ambitions/st-01.md ou content/falc/ambitions/st-01.md), ' +
  'par son nom court (ambitions/st-01) ou par son seul nom s’il est unique (st-01).';

/** `content/falc/ambitions/st-01.md`, `./content/ambitions/st-01.md`, `ambitions/st-01` → `ambitions/st-01`. */
export function shortPageName(argument: string): string {
  return argument
    .replaceAll('\\', '/')
    .replace(/^\.?\/?/, '')
    .replace(/^content\/(falc\/)?/, '')
    .replace(/\.md$/, '');
}

function filesOf(page: string): PageFiles {
  return { page, standardFile: `content/${page}.md`, falcFile: `content/falc/${page}.md` };
}

/** Collections are the folders of `content/` that hold pages (not the FALC versions themselves). */
function collections(root: string): string[] {
  const content = join(root, 'content');
  if (!existsSync(content)) return [];
  return readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'falc')
    .map((entry) => entry.name)
    .sort();
}

export function findPage(argument: string, root = process.cwd()): PageLookup {
  const name = shortPageName(argument);
  const exists = (files: PageFiles) => existsSync(join(root, files.standardFile)) || existsSync(join(root, files.falcFile));
  if (name.includes('/')) {
    const files = filesOf(name);
    if (exists(files)) return { ok: true, files };
    return { ok: false, message: `Page « ${argument} » introuvable : ni ${files.standardFile} ni ${files.falcFile} n’existent. ${PAGE_FORMS}` };
  }
  const matches = collections(root)
    .map((collection) => filesOf(`${collection}/${name}`))
    .filter(exists);
  if (matches.length === 1) return { ok: true, files: matches[0]! };
  if (matches.length > 1) {
    const names = matches.map((files) => files.page).join(', ');
    return { ok: false, message: `Plusieurs pages s’appellent « ${name} » (${names}) : écrivez le nom court de celle que vous voulez.` };
  }
  return { ok: false, message: `Page « ${argument} » introuvable. ${PAGE_FORMS}` };
}
