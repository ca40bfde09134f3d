/**
 * Social cards, a step of `npm run build` run by build-site.ts after Astro, in
 * a process of its own (`node social-cards.ts <site folder>`): one PNG per page,
 * drawn by sharp from the SVG of src/lib/og-image.ts with the page's h1 and its
 * pacte, written to og/… where the page's <meta property="og:image"> points. A
 * card is cached by the hash of its SVG and of its font, the project's own from
 * npm (src/lib/og-card-font.ts: cards do not depend on the fonts installed), in
 * Astro's cache folder (node_modules/.astro/og/), so a build only draws the
 * cards whose text changed (and drops the others). With `OG_IMAGES=0`, build-site.ts
 * does not run the step (the scaling bench: the cards cost the same for every page).
 *
 * Not in Astro's process: sharp's memory for 8 000 cards (160 to 350 MB, measured) came on top
 * of the memory Astro still held after drawing the pages.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { toString } from 'hast-util-to-string';
import { elementTree, htmlFiles, urlOfFile } from '../built-pages.ts';
import { cardSvg, ogImagePath, OG_TEMPLATE_VERSION, type CardText } from '../og-image.ts';
import { cardFontFingerprint, registerCardFont } from '../og-card-font.ts';
import { splitFrontMatter } from '../../model/front-matter.ts';
import { levelOfRole, readReportShape } from '../../model/report-shape.ts';
import { readSiteConfig } from '../site-config.ts';
import { routes } from '../../routes/route-table.ts';
import { tf } from '../../i18n/falc.ts';

/**
 * Full-colour PNG, zlib level 6: about 25 ms and 60 kB a card. A 256-colour
 * palette makes 20 kB cards but costs about 90 ms each (colour quantisation):
 * the build time matters more than the size of a file only link previews fetch.
 */
const PNG_OPTIONS = { compressionLevel: 6 } as const;

/** Text of the page's h1, as a reader sees it (tags removed, entities decoded): the card's title. */
function headingOf(html: string): string | undefined {
  const heading = elementTree(html, 'h1');
  return heading && toString(heading).replace(/\s+/g, ' ').trim();
}

/** `titreComplet` (standard) or FALC `titre` of each entry of the report's top level (the pactes), by id. */
function pacteTitles(root: string, falc: boolean): Map<string, string> {
  const folder = levelOfRole(readReportShape(root), 'top')!.dossier;
  const dir = join(root, falc ? `content/falc/${folder}` : `content/${folder}`);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const data = splitFrontMatter(readFileSync(join(dir, f), 'utf8')).data;
        return [f.slice(0, -3), String((falc ? data.titre : data.titreComplet) ?? data.titre ?? '')] as const;
      }),
  );
}

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** Astro's cache folder, where the cards and their font are kept between builds. */
const CACHE = 'node_modules/.astro';

/** Draws the cards of the site built in `dist` (project in `root`); returns how many pages, how many drawn, in how long. */
async function drawSocialCards(dist: string, root: string): Promise<{ pages: number; drawn: number; seconds: number }> {
  const start = performance.now();
  const cacheDir = join(root, CACHE, 'og');
  const site = readSiteConfig(root);
  const pactes = { standard: pacteTitles(root, false), falc: pacteTitles(root, true) };
  const fallbackPactes = pactes.standard;
  await mkdir(cacheDir, { recursive: true });
  await registerCardFont(join(root, CACHE, 'og-font'));
  const font = cardFontFingerprint();
  const cached = new Set(await readdir(cacheDir));
  const used = new Set<string>();
  let drawn = 0;
  // Astro's assets and the cards themselves hold no page.
  const files = htmlFiles(dist, ['_astro', 'og']);
  await pool(files, 4, async (file) => {
    const pathname = urlOfFile(dist, file);
    const falc = routes.versionOf(pathname) === 'falc';
    // The card names the pacte (top level of the report) the page belongs to.
    const route = routes.match(pathname);
    const top = routes.kindOf('level');
    const segment = (route && top ? (route.kind === top ? route.values.id : route.values.pacte) : undefined) ?? '';
    const html = await readFile(file, 'utf8');
    const card: CardText = {
      title: headingOf(html) ?? site.titre,
      context:
        (falc ? pactes.falc.get(segment) : undefined) ?? fallbackPactes.get(segment) ?? (falc ? (site.titreFacile ?? site.titre) : site.titre),
      organisation: site.organisation,
      badge: falc ? tf('site.subtitle') : undefined,
    };
    const svg = cardSvg(card);
    const key = `${OG_TEMPLATE_VERSION}\n${font}\n${JSON.stringify(PNG_OPTIONS)}\n${svg}`;
    const name = `${createHash('sha256').update(key).digest('hex').slice(0, 20)}.png`;
    used.add(name);
    const target = join(dist, ogImagePath(pathname));
    await mkdir(dirname(target), { recursive: true });
    if (!cached.has(name)) {
      const png = await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
      await writeFile(join(cacheDir, name), png);
      drawn++;
    }
    await copyFile(join(cacheDir, name), target);
  });
  // Cards of titles that no longer exist leave the cache.
  await Promise.all([...cached].filter((n) => !used.has(n)).map((n) => rm(join(cacheDir, n), { force: true })));
  return { pages: files.length, drawn, seconds: (performance.now() - start) / 1000 };
}

// Called by build-site.ts only: its line is always right, so parseArgs' own (English) errors are enough.
const { positionals: [dist] } = parseArgs({ allowPositionals: true });
const { pages, drawn, seconds } = await drawSocialCards(dist!, process.cwd());
console.log(`Images de partage : ${drawn} dessinée(s), ${pages - drawn} reprise(s) de la construction précédente (${seconds.toFixed(2)} s).`);
