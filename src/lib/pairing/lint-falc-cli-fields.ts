/**
 * What `npm run lint:falc` lints besides the pages' text: the FALC texts of
 * the front matters of the files it is given (lint-falc-fields.ts, the same
 * code as `npm run lint:content`), and the fidelity of their key figures,
 * without which the linter's messages on a key figure would be incomplete
 * (lint-falc-key-figures.ts leaves its « grand nombre » to that check).
 * The leaves the key figures name (the ambitions of the bilan) are read from
 * the project's content, in the folder its report shape gives them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { parseContentFile, type ContentFile } from '../../model/content-file.ts';
import { keyFiguresOf } from '../checks/falc-key-figures.ts';
import { shapeOf } from '../checks/shape-of.ts';
import { leafLevel, REPORT_SHAPE_FILE } from '../../model/report-shape.ts';
import { checkFalcKeyFigureNumbers } from '../checks/check-falc-key-figure-numbers.ts';
import { lintFalcFields } from './lint-falc-fields.ts';
import { fromContentIssue } from './lint-falc-field.ts';
import type { SpelledText } from '../falc/name-spellings.ts';

export interface TextFile {
  /** As the command names it. */
  path: string;
  text: string;
}

/**
 * `pages`: FALC pages; `glossaryEntries`: files of `content/glossaire/`. A page
 * whose front matter cannot be read is left to the linter's own message on it
 * (falc:relecture); a glossary entry that cannot be read is reported here.
 * `texts`: the front matter texts, linted (their names still to compare with
 * the pages', `compareNameSpellings`); `messages`: what no rule found.
 */
export async function lintFalcFrontMatters(
  { pages, glossaryEntries }: { pages: readonly TextFile[]; glossaryEntries: readonly TextFile[] },
  glossary: readonly string[],
  root: string,
): Promise<{ texts: Array<SpelledText<VFileMessage[]>>; messages: VFileMessage[] }> {
  const messages: VFileMessage[] = [];
  const read = (file: TextFile) => parseContentFile(file.path, new TextEncoder().encode(file.text));
  const pageFiles = pages.flatMap((file) => {
    const parsed = read(file);
    return 'file' in parsed ? [parsed.file] : [];
  });
  const entryFiles = glossaryEntries.flatMap((file) => {
    const parsed = read(file);
    if ('issue' in parsed) messages.push(fromContentIssue(parsed.issue));
    return 'file' in parsed ? [parsed.file] : [];
  });
  const keyFigures = pageFiles.flatMap((page) => {
    // A page's key figures name the leaves of its own report (the project's, or a report of tests/fixtures/rapports/).
    const report = reportRootOf(page.path) ?? root;
    const shape = shapeOf(report);
    // Without a readable shape no key figure can be matched to its leaf: lint:content says what to fix first.
    return shape ? keyFiguresOf(page, shape, leafReader(report, leafLevel(shape).dossier)) : [];
  });
  messages.push(...checkFalcKeyFigureNumbers(keyFigures).map(fromContentIssue));
  const texts = await lintFalcFields({ pages: pageFiles, keyFigures, glossaryEntries: entryFiles }, glossary);
  return { texts, messages };
}

/** The folder whose `content/rapport.yaml` describes the report this file is in, if any. */
function reportRootOf(file: string): string | undefined {
  for (let folder = dirname(resolve(file)); ; folder = dirname(folder)) {
    if (existsSync(join(folder, REPORT_SHAPE_FILE))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

const leafReaders = new Map<string, (id: string) => ContentFile | undefined>();

/** The leaves by id (`st-01`), each read once and only when a key figure names it. */
function leafReader(root: string, folder: string): (id: string) => ContentFile | undefined {
  const path = join(root, 'content', folder);
  const known = leafReaders.get(path);
  if (known) return known;
  const ids = new Set(existsSync(path) ? readdirSync(path).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : []);
  const cache = new Map<string, ContentFile | undefined>();
  const reader = (id: string): ContentFile | undefined => {
    if (!ids.has(id)) return undefined;
    if (!cache.has(id)) {
      const parsed = parseContentFile(`content/${folder}/${id}.md`, readFileSync(join(path, `${id}.md`)));
      cache.set(id, 'file' in parsed ? parsed.file : undefined);
    }
    return cache.get(id);
  };
  leafReaders.set(path, reader);
  return reader;
}
