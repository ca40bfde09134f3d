/**
 * The site reads each page with the editors' check's reader: what Astro's
 * loader receives for a page is exactly the fields and body the check read,
 * including where Astro's own YAML parser would read the page otherwise.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Loader } from 'astro/loaders';
import { readWithContentModel, type EntryType, type GlobContext } from '../../src/model/content-loader.ts';
import { parseContentFile } from '../../src/model/content-file.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ROOT_URL = pathToFileURL(`${ROOT}/`);

/** Astro's own Markdown entry type, the one its glob loader gets (not exported by the package). */
const { markdownContentEntryType: astroMarkdown } = (await import(
  pathToFileURL(join(ROOT, 'node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js')).href
)) as { markdownContentEntryType: EntryType };

/** What a loader wrapped by readWithContentModel reads of a page's text. */
async function readThroughLoader(path: string, contents: string) {
  let info: Awaited<ReturnType<EntryType['getEntryInfo']>> | undefined;
  const probe: Loader = {
    name: 'probe',
    load: async (context) => {
      const entryType = (context as GlobContext).entryTypes!.get('.md')!;
      info = await entryType.getEntryInfo({ contents, fileUrl: new URL(path, ROOT_URL) });
    },
  };
  await readWithContentModel(probe).load({ config: { root: ROOT_URL }, entryTypes: new Map([['.md', astroMarkdown]]) } as unknown as GlobContext);
  return info!;
}

const PAGE = (header: string) => `---\n${header}\n---\n\nLe texte de la page.\n`;

describe('the site reads pages with the content model', () => {
  it('gives Astro, for every page of content/, the fields and body the editors’ check read', async () => {
    const pages = globSync('content/**/*.md', { cwd: ROOT });
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const bytes = readFileSync(join(ROOT, path));
      const checked = parseContentFile(path, bytes);
      if (!('file' in checked)) throw new Error(`${path} is not readable`);
      const read = await readThroughLoader(path, bytes.toString('utf8'));
      expect(read.data, path).toStrictEqual(checked.file.data);
      expect(read.body, path).toBe(checked.file.body.trim());
    }
  });

  it('reads a date-like title as the text written, as the check does, where Astro’s parser makes it a date', async () => {
    const text = PAGE('titre: 2026-11-28\ndescription: Une page.');
    const astroAlone = await astroMarkdown.getEntryInfo({ contents: text, fileUrl: new URL('content/pages/x.md', ROOT_URL) });
    expect(astroAlone.data['titre']).toBeInstanceOf(Date);
    const read = await readThroughLoader('content/pages/x.md', text);
    expect(read.data['titre']).toBe('2026-11-28');
    const checked = parseContentFile('content/pages/x.md', Buffer.from(text));
    expect('file' in checked && checked.file.data['titre']).toBe('2026-11-28');
  });

  it('ends the header where the check ends it: a line « --- » only', async () => {
    const text = '---\ntitre: Le plan---\ndescription: Une page.\n---\n\nLe texte.\n';
    const read = await readThroughLoader('content/pages/x.md', text);
    expect(read.data).toStrictEqual({ titre: 'Le plan---', description: 'Une page.' });
    expect(read.body).toBe('Le texte.');
  });

  it('refuses a page the check refuses, with the check’s French message and the file', async () => {
    await expect(readThroughLoader('content/pages/x.md', '---\ntitre: [pas fermé\n---\n\nTexte.\n')).rejects.toThrow(/content\/pages\/x\.md : L’en-tête est mal écrit.*un crochet « \[ » ouvert ici n’est pas fermé/);
  });
});
