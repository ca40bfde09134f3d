/**
 * `node scripts/bench/falc-hyphens.ts [dist]`: the measure behind the choice
 * of how FALC pages treat the hyphens of compound words (« Pas-de-Calais »),
 * written in docs/fonctionnement.md. On the built site (`dist/` by default),
 * every FALC page at 320 px, in each text size and font, with the wide spacing
 * (as tests/browser/falc-words.test.ts):
 * - how many words go to the next line right after one of their hyphens
 *   (« Pas-de- » then « Calais »), and which;
 * - what publishing a no-break hyphen (U+2011) between the letters of those
 *   words would do: the pages that would then stick out sideways;
 * - whether the browser's search (Ctrl+F) still finds « Pas-de-Calais » typed
 *   with an ordinary hyphen, and what a copy of the text holds.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startStaticServer } from '../audit/server.ts';
import { horizontalOverflow } from '../audit/browser.ts';
import { launchChromium } from '../lib/chromium.ts';
import { cutWords } from '../audit/line-boxes.ts';
import { STORAGE_KEY, type DisplayChoices } from '../../src/lib/display-settings.ts';

const NO_BREAK_HYPHEN = '\u2011';
const dist = process.argv[2] ?? 'dist';
const htmlFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
const urls = htmlFiles(join(dist, 'facile-a-lire')).map((file) => '/' + relative(dist, file).replaceAll('\\', '/').replace(/index\.html$/, ''));
const variants: DisplayChoices[] = ['normale', 'grande', 'tres-grande'].flatMap((taille) =>
  ['habituelle', 'lisible'].map((police) => ({ taille, espacement: 'large', police })),
);

/** In the page: every hyphen between two letters of the main text becomes U+2011, as a no-break publication would write it. */
function publishNoBreakHyphens(noBreak: string): number {
  const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const changed = text.replace(/(\p{L})-(?=\p{L})/gu, (_match, letter: string) => {
      count++;
      return letter + noBreak;
    });
    if (changed !== text) node.nodeValue = changed;
  }
  return count;
}

const server = await startStaticServer(dist);
const browser = await launchChromium();
try {
  console.log(`${urls.length} pages FALC, 320 px, espacement large`);
  for (const choices of variants) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(choices)] as const);
    const page = await context.newPage();
    let breaks = 0;
    let hyphens = 0;
    const words = new Set<string>();
    const overflowing: string[] = [];
    for (const url of urls) {
      await page.goto(server.origin + url);
      await page.evaluate(() => document.fonts.ready);
      const cut = (await page.evaluate(cutWords)).filter((word) => word.atHyphen);
      breaks += cut.length;
      for (const word of cut) words.add(word.word.replace(/[.,;:!?]+$/, ''));
      hyphens += await page.evaluate(publishNoBreakHyphens, NO_BREAK_HYPHEN);
      const overflow = await page.evaluate(horizontalOverflow);
      if (overflow) overflowing.push(`${url} (${overflow.scrollWidth} px pour ${overflow.clientWidth})`);
    }
    await context.close();
    console.log(`\n${choices.taille}, police ${choices.police} : ${breaks} retours à la ligne après un trait d’union (${hyphens} traits d’union dans des mots)`);
    console.log(`  mots : ${[...words].join(', ')}`);
    console.log(`  avec U+2011 : ${overflowing.length} page(s) qui débordent${overflowing.length ? ` : ${overflowing.join(', ')}` : ''}`);
  }
  const page = await browser.newPage();
  for (const hyphen of ['-', NO_BREAK_HYPHEN]) {
    await page.setContent(`<p>Le Pas${hyphen}de${hyphen}Calais aide les habitants.</p>`);
    const [found, copied] = await page.evaluate(() => {
      const found = (window as unknown as { find(text: string): boolean }).find('Pas-de-Calais');
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('p')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const copied = [...getSelection()!.toString()].filter((c) => c === '-' || c === '\u2011').map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      return [found, copied.join(' ')] as const;
    });
    console.log(`\n« Pas${hyphen}de${hyphen}Calais » (${hyphen === '-' ? 'U+002D' : 'U+2011'}) : Ctrl+F « Pas-de-Calais » ${found ? 'trouve' : 'ne trouve pas'} ; copié : ${copied}`);
  }
} finally {
  await browser.close();
  await server.close();
}
