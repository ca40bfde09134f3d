/**
 * The site reads each page with the editors' check's reader: what Astro's
 * loader receives for a page is exactly the fields and body the check read,
 * including where Astro's own YAML parser would read the page otherwise.
 */
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { glob, type Loader } from 'astro/loaders';
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

describe('a build reads again only the pages that changed', () => {
  /** What Astro's data store keeps of an entry, as far as the loader reads it. */
  type DataEntry = { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string };
  /** Astro's glob loader, wrapped as src/content.config.ts wraps it, over a folder of pages, with an entry store kept between loads. */
  function pagesFolder() {
    const root = mkdtempSync(join(tmpdir(), 'chargeur-'));
    mkdirSync(join(root, 'content/pages'), { recursive: true });
    const entries = new Map<string, DataEntry>();
    const store = {
      get: (id: string) => entries.get(id),
      has: (id: string) => entries.has(id),
      set: (entry: DataEntry) => (entries.set(entry.id, entry), true),
      delete: (id: string) => void entries.delete(id),
      entries: () => [...entries.entries()],
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      addModuleImport: () => {},
      addAssetImports: () => {},
    };
    const generateDigest = (text: string) => createHash('sha256').update(text).digest('hex');
    const load = () =>
      readWithContentModel(glob({ pattern: '*.md', base: join(root, 'content/pages') })).load({
        collection: 'pages',
        store,
        logger: { warn() {}, error() {}, info() {}, debug() {} },
        config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
        parseData: async ({ data }: { data: Record<string, unknown> }) => data,
        generateDigest,
        // Astro's Markdown entry type without its renderer: rendering is not what is tested here.
        entryTypes: new Map([['.md', { getEntryInfo: astroMarkdown.getEntryInfo }]]),
      } as unknown as GlobContext);
    const write = (name: string, text: string) => writeFileSync(join(root, 'content/pages', name), text);
    return { root, entries, load, write, generateDigest };
  }

  it('keeps the stored entry of a page whose text did not change, without reading its header again', async () => {
    const folder = pagesFolder();
    folder.write('a.md', PAGE('titre: Première page'));
    folder.write('b.md', PAGE('titre: Deuxième page'));
    await folder.load();
    // Ids as Astro names them (the file's name), fields as the check reads them.
    expect([...folder.entries.keys()].sort()).toStrictEqual(['a', 'b']);
    expect(folder.entries.get('a')?.data).toStrictEqual({ titre: 'Première page' });

    // A stored entry made from the very text now on disk is kept as it is: that text's header is not parsed (a
    // header the reader refuses would otherwise stop the load).
    const unreadable = '---\ntitre: [pas fermé\n---\n\nTexte.\n';
    folder.write('a.md', unreadable);
    folder.entries.set('a', { ...folder.entries.get('a')!, digest: folder.generateDigest(unreadable) });
    // A page whose text changed is read again.
    folder.write('b.md', PAGE('titre: Deuxième page, corrigée'));
    await folder.load();
    expect(folder.entries.get('a')?.data).toStrictEqual({ titre: 'Première page' });
    expect(folder.entries.get('b')?.data).toStrictEqual({ titre: 'Deuxième page, corrigée' });

    // The same text with an entry stored from another text is read: the refusal reaches the build.
    folder.entries.set('a', { ...folder.entries.get('a')!, digest: 'autre' });
    await expect(folder.load()).rejects.toThrow(/content\/pages\/a\.md : L’en-tête est mal écrit/);
    rmSync(folder.root, { recursive: true, force: true });
  });
});
