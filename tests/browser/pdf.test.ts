/**
 * `npm run pdf`: both PDFs printed by Chromium from the built site (into a temporary
 * folder), then read back with pdf.js: tagged, titled, in French, with a bookmark for
 * each pacte and each ambition (titles read from the built pages), the text where the
 * bookmark points, and links that stay in the document or go to the public site.
 * Then the sommaire's download link, with the keyboard and JavaScript off.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { generatePdfs, type GeneratedPdf } from '../../scripts/pdf/generate.ts';
import { PDF_VERSIONS } from '../../scripts/pdf/versions.ts';
import { readSiteConfig } from '../../src/lib/site-config.ts';
import { DOWNLOADS_FOLDER, formatFileSize } from '../../src/lib/pdf-download.ts';
import { openSession, type Session } from './browser.ts';

const DIST = 'dist';
const site = readSiteConfig();
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const squeeze = (text: string) => text.replace(/\s+/g, '');

interface OutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineItem[];
}

/** The built pages of a version, found from the folders of dist/ (not from the code under test). */
function builtReport(prefix: string) {
  const root = join(DIST, prefix);
  const h1 = (dir: string) => normalise(toString(select('main h1', fromHtml(readFileSync(join(dir, 'index.html'), 'utf8')))!));
  const firstParagraph = (dir: string) =>
    normalise(toString(selectAll('main p', fromHtml(readFileSync(join(dir, 'index.html'), 'utf8'))).find((p) => toString(p).length > 60)!));
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => readdirSync(join(root, name)).some((child) => /^ambition-\d+$/.test(child)))
    .map((pacte) => ({
      title: h1(join(root, pacte)),
      ambitions: readdirSync(join(root, pacte))
        .filter((child) => /^ambition-\d+$/.test(child))
        .map((child) => ({ title: h1(join(root, pacte, child)), text: firstParagraph(join(root, pacte, child)) })),
    }));
}

let outDir: string;
let generated: GeneratedPdf[];
const documents = new Map<string, PDFDocumentProxy>();
const loadingTasks: { destroy(): Promise<void> }[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'rapport-pdf-'));
  generated = await generatePdfs({ dist: DIST, outDir });
  for (const pdf of generated) {
    const task = getDocument({ data: new Uint8Array(readFileSync(pdf.file)), verbosity: 0 });
    loadingTasks.push(task);
    documents.set(pdf.version.id, await task.promise);
  }
}, 90_000);

afterAll(async () => {
  for (const task of loadingTasks) await task.destroy();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.each(PDF_VERSIONS.map((version) => [version.id, version] as const))('PDF %s', (id, version) => {
  const doc = () => documents.get(id)!;
  const report = builtReport(version.prefix);

  it('is written under its stable name, outside public/ and dist/', () => {
    const pdf = generated.find((g) => g.version.id === id)!;
    expect(pdf.file).toBe(join(outDir, version.fileName));
    expect(statSync(pdf.file).size).toBe(pdf.bytes);
  });

  it('is tagged, titled and in French, with a sensible number of pages', async () => {
    // pdf.js gives the catalog's /MarkInfo as a Map.
    const markInfo = (await doc().getMarkInfo()) as unknown as Map<string, boolean> | null;
    expect(markInfo?.get('Marked')).toBe(true);
    const tree = await (await doc().getPage(2)).getStructTree();
    expect(tree?.children.length).toBeGreaterThan(0);
    const { info } = (await doc().getMetadata()) as { info: Record<string, unknown> };
    expect(info.Title).toBe(`${site.titre} — ${version.titleSuffix}`);
    expect(info.Language).toBe('fr');
    // Every page of the site starts a sheet (49 of them), and no page runs away.
    const parts = generated.find((g) => g.version.id === id)!.titles.length;
    expect(doc().numPages).toBeGreaterThan(parts);
    expect(doc().numPages).toBeLessThan(parts * 10);
  });

  it('has a bookmark for each pacte, with one under it for each of its ambitions', async () => {
    expect(report).toHaveLength(3);
    expect(report.flatMap((p) => p.ambitions)).toHaveLength(40);
    const outline = ((await doc().getOutline()) ?? []) as OutlineItem[];
    for (const pacte of report) {
      const item = outline.find((o) => normalise(o.title) === pacte.title);
      expect(item, pacte.title).toBeDefined();
      const children = item!.items.map((child) => normalise(child.title));
      for (const ambition of pacte.ambitions) expect(children, pacte.title).toContain(ambition.title);
    }
  });

  it('shows an ambition’s text on the page its bookmark points to', async () => {
    const outline = ((await doc().getOutline()) ?? []) as OutlineItem[];
    const pacte = report[0]!;
    const ambition = pacte.ambitions[0]!;
    const bookmark = outline.find((o) => normalise(o.title) === pacte.title)!.items.find((o) => normalise(o.title) === ambition.title)!;
    const destination = typeof bookmark.dest === 'string' ? await doc().getDestination(bookmark.dest) : bookmark.dest;
    const pageIndex = await doc().getPageIndex(destination![0] as { num: number; gen: number });
    let text = '';
    for (const n of [pageIndex + 1, pageIndex + 2]) {
      const content = await (await doc().getPage(n)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
    }
    // Compared without spaces: pdf.js splits words (and ligatures such as « ffi ») into pieces.
    expect(squeeze(text)).toContain(squeeze(ambition.text.slice(0, 80)));
  });

  it('links inside the document, or to the public site, never to the local server', async () => {
    let internal = 0;
    const external: string[] = [];
    for (let n = 1; n <= doc().numPages; n++) {
      for (const annotation of await (await doc().getPage(n)).getAnnotations()) {
        if (annotation.subtype !== 'Link') continue;
        if (annotation.dest) internal++;
        if (annotation.url) external.push(annotation.url);
      }
    }
    expect(internal).toBeGreaterThan(40);
    expect(external.filter((url) => url.includes('127.0.0.1') || !/^(https?:|mailto:)/.test(url))).toEqual([]);
    // The complete version's glossary sends each term to its FALC explanation, on the site.
    if (id === 'complete') expect(external.some((url) => url.startsWith(`${site.adresse}/facile-a-lire/glossaire/#`))).toBe(true);
  });
});

describe('the sommaire’s download link', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  }, 30_000);
  afterAll(async () => {
    await session?.close();
  });

  it.each(PDF_VERSIONS.map((version) => [version.id, version] as const))(
    '%s: reached with the keyboard, JavaScript off, and only when the PDF was made',
    async (_id, version) => {
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${session.server.origin}${version.prefix}/sommaire/`);
      const builtFile = join(DIST, DOWNLOADS_FOLDER, version.fileName);
      const links = page.locator('a[type="application/pdf"]');
      if (!existsSync(builtFile)) {
        // A build without `npm run pdf` must not show a dead link.
        await expect(links.count()).resolves.toBe(0);
        await context.close();
        return;
      }
      await expect(links.count()).resolves.toBe(1);
      let focused = '';
      for (let i = 0; i < 40 && !focused.includes('PDF'); i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? document.activeElement.textContent ?? '' : ''));
      }
      expect(focused).toContain(formatFileSize(statSync(builtFile).size));
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
      expect(href).toBe(`/${DOWNLOADS_FOLDER}/${version.fileName}`);
      const response = await context.request.get(`${session.server.origin}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      await context.close();
    },
  );
});
