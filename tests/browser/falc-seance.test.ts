/**
 * `npm run falc:seance`: the pack for a review session with readers, printed by
 * Debian's Chromium into a temporary folder, then read back with pdf.js: tagged,
 * in French, large print, each page's FALC text, its questions (read here from
 * the page's front matter) and the grid for the readers' notes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { runNode } from '../helpers/run-node.ts';

// The accueil has key figure cards too; the ambition is named by its FALC file.
const PAGES = ['accueil', 'content/falc/ambitions/st-10.md'];
const FILES = ['content/falc/pages/accueil.md', 'content/falc/ambitions/st-10.md'];
/** Compared without spaces and with one kind of apostrophe: pdf.js splits text into pieces, typography adds thin spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '').replaceAll('’', "'");

/** What the editor wrote, read from the files themselves. */
const written = FILES.map((file) => {
  const { data, body } = splitFrontMatter(readFileSync(file, 'utf8'));
  const questions = (data.questions as { question: string }[]).map((q) => q.question);
  const keyFigures = ((data.chiffresCles ?? []) as { texte: string }[]).map((figure) => figure.texte);
  // A sentence of the text: a line that is neither a heading, a comment nor empty.
  const sentence = body.split('\n').find((line) => /^[A-ZÀ-Ý]/.test(line))!;
  return { file, titre: data.titre as string, questions, keyFigures, sentence };
});

let outDir: string;
let run: ReturnType<typeof runNode>;
let doc: PDFDocumentProxy;
let task: { destroy(): Promise<void>; promise: Promise<PDFDocumentProxy> };
let items: TextItem[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'seance-'));
  run = runNode(resolve('scripts/falc-seance.ts'), [...PAGES, '--date', '2026-12-05', '--dossier', outDir]);
  if (run.status !== 0) return;
  task = getDocument({ data: new Uint8Array(readFileSync(join(outDir, 'seance-2026-12-05.pdf'))), verbosity: 0 });
  doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) {
    items.push(...((await (await doc.getPage(n)).getTextContent()).items.filter((item): item is TextItem => 'str' in item)));
  }
}, 150_000);

afterAll(async () => {
  await task?.destroy();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run falc:seance', () => {
  it('writes the pack as HTML and PDF in the folder asked for', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(join(outDir, 'seance-2026-12-05.pdf'));
    expect(run.stdout).toContain(join(outDir, 'seance-2026-12-05.html'));
  });

  it('prints a tagged PDF, in French, titled with the date', async () => {
    const markInfo = (await doc.getMarkInfo()) as unknown as Map<string, boolean> | null;
    expect(markInfo?.get('Marked')).toBe(true);
    expect((await (await doc.getPage(2)).getStructTree())?.children.length).toBeGreaterThan(0);
    const { info } = (await doc.getMetadata()) as { info: Record<string, unknown> };
    expect(info.Language).toBe('fr');
    expect(info.Title).toBe('Séance de relecture facile à lire — 5 décembre 2026');
  });

  it('has each page’s FALC text (key figure sentences included) in large print, its questions and the grid for the readers’ notes', () => {
    const text = squeeze(items.map((item) => item.str).join(''));
    for (const page of written) {
      expect(text, page.file).toContain(squeeze(page.titre));
      expect(text, page.file).toContain(squeeze(page.sentence));
      for (const question of page.questions) expect(text, page.file).toContain(squeeze(question));
      for (const figure of page.keyFigures) expect(text, page.file).toContain(squeeze(figure));
    }
    for (const heading of ['Mots pas compris', 'Ce qui était difficile']) {
      expect(text.split(squeeze(heading)).length - 1, heading).toBe(written.length);
    }
    expect(written[0]!.keyFigures.length).toBeGreaterThan(0);
    expect(text).toContain(squeeze('Compte rendu de la séance'));
    expect(text).toContain(squeeze('npm run falc:valider -- ambitions/st-10 --statut valide'));
    // Large print: the text's first word is drawn at 16 pt or more (the font size is the matrix's vertical scale;
    // Chromium's px-to-pt conversion leaves a few thousandths off).
    const firstWord = written[0]!.sentence.split(' ')[0]!;
    const drawn = items.filter((item) => item.str.startsWith(firstWord));
    expect(drawn.length).toBeGreaterThan(0);
    for (const item of drawn) expect(Math.abs(item.transform[3]!)).toBeGreaterThan(15.99);
  });

  it('fetches nothing from outside: no address of another site in the HTML', () => {
    const tree = fromHtml(readFileSync(join(outDir, 'seance-2026-12-05.html'), 'utf8'));
    const addresses = selectAll('[src], [href]', tree).map((element) => String(element.properties.src ?? element.properties.href));
    expect(addresses.filter((address) => /^(https?:)?\/\//.test(address))).toEqual([]);
    expect(selectAll('link[rel~="stylesheet"], script[src]', tree)).toEqual([]);
  });
});
