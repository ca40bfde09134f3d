/**
 * The editors' preview as its safety net (issue 21): `astro dev` on a copy of
 * the project, started with a file that breaks its schema, then edited while a
 * page is open in Chromium. The French message must appear in the page (the
 * banner, live, without reload) and in the terminal, and go when the file is
 * fixed; a file that breaks its schema never stops the server, and the page
 * says when it shows the file's last good version. Nothing is written to content/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { startDevServer, type DevServer } from './dev-server.ts';
import { BANNER_ELEMENT } from '../../src/lib/dev/live-check-event.ts';
import { checkContent } from '../../src/lib/check-content.ts';

const AMBITION = 'content/ambitions/st-01.md';
/** The FALC home page states this figure: changing it makes the FALC text wrong. */
const FIGURE = 'valeur: "1159"';
const WAIT = { timeout: 60_000, interval: 500 };
/** The figure as the page prints it: thousands apart with an ordinary space, kept on one line (read right by screen readers). */
const SHOWN = '2 204';

let project: TempProject | undefined;
let server: DevServer | undefined;
let browser: Browser | undefined;
let settingsProject: TempProject | undefined;
let settingsServer: DevServer | undefined;

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await settingsServer?.stop();
  project?.remove();
  settingsProject?.remove();
}, 60_000);

const banner = (page: Page) => page.locator(BANNER_ELEMENT);
/** Whether the banner shows an error (red, role="alert"): warnings alone are shown quietly. */
const bannerHasError = async (page: Page) => (await banner(page).isVisible()) && (await banner(page).locator('section.error').count()) > 0;
/** The banner's text, or '' while it is hidden. */
const bannerText = async (page: Page) => ((await banner(page).isVisible()) ? await banner(page).locator('section').innerText() : '');

it('shows the content check in the page and the terminal, live, and survives a broken file', async () => {
  project = copyProject('.');
  const file = join(project.dir, AMBITION);
  const original = readFileSync(file, 'utf8');
  expect(original).toContain(FIGURE);
  const save = (text: string) => writeFileSync(file, text);

  // Broken before the server starts: it used to exit with an English stack trace.
  save(original.replace(FIGURE, 'valeur: mille'));
  server = await startDevServer(project.dir, 150_000);
  browser = await launchChromium();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/`, { timeout: 90_000 });

  await expect.poll(() => bannerText(page), WAIT).toContain(`${AMBITION}:24`);
  const started = await bannerText(page);
  expect(started).toContain('La valeur est un nombre écrit en chiffres');
  expect(started).toContain(`${AMBITION} n’est pas dans l’aperçu : corrigez l’erreur ci-dessous.`);
  expect(await banner(page).locator('[role="alert"]').count()).toBe(1);
  const axe = await new AxeBuilder({ page }).include(BANNER_ELEMENT).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(server.output()).toContain(`${AMBITION}:24  erreur  « chiffres › n° 2 › valeur »`);
  expect(server.output()).not.toMatch(/InvalidContentEntryDataError|Stack trace/);

  // Fixed: the error goes (the report's standing warnings stay, folded), the page is back.
  save(original);
  const standing = (await checkContent(project.dir)).issues;
  expect(standing.every((issue) => issue.severity === 'warning')).toBe(true);
  await expect.poll(() => bannerHasError(page), WAIT).toBe(false);
  expect(await bannerText(page)).not.toContain(`${AMBITION}:24`);
  expect((await page.request.get(`${server.url}/solidarites-territoriales/ambition-1/`)).status()).toBe(200);

  // A new figure: the FALC home page's « plus de mille » is no longer close to it, the FALC twin is to review again.
  await page.goto(`${server.url}/solidarites-territoriales/ambition-1/`, { timeout: 90_000 });
  save(original.replace(FIGURE, 'valeur: "2204"'));
  await expect.poll(() => bannerText(page), WAIT).toContain('Le texte doit contenir le chiffre 2 204 de l’ambition st-01');
  const warned = await bannerText(page);
  expect(warned).toContain('content/falc/pages/accueil.md:10');
  expect(warned).toContain('Version facile à lire à revoir');
  await expect.poll(() => server!.output(), WAIT).toMatch(/Nouveau :\n[^]*content\/falc\/pages\/accueil\.md:10 {2}erreur {2}Le texte doit contenir le chiffre 2 204/);
  // The page's own text follows the save: Astro reloads it, or the editor does. On a loaded machine Astro's
  // reload can come after a first look (seen once in CI), so a look that still finds the old figure reloads.
  await expect
    .poll(async () => {
      const shown = await page.locator('.key-figure__value').allInnerTexts();
      if (!shown.includes(SHOWN)) await page.reload({ timeout: 90_000 });
      return shown;
    }, { timeout: 120_000, interval: 3_000 })
    .toContain(SHOWN);

  // Keyboard: Escape on the banner's button hides it.
  await banner(page).getByRole('button', { name: 'Masquer' }).focus();
  await page.keyboard.press('Escape');
  expect(await banner(page).isVisible()).toBe(false);

  // A schema error while running: the page keeps the last good text, and says so.
  save(original.replace(FIGURE, 'valeur: mille'));
  await expect.poll(() => bannerText(page), WAIT).toContain(`L’aperçu montre la dernière version correcte de ${AMBITION} : corrigez l’erreur ci-dessous.`);
  // The refusal (from the content loader) and the check's message (from the live check) come as two updates.
  await expect.poll(() => bannerText(page), WAIT).toContain('La valeur est un nombre écrit en chiffres');
  await page.reload({ timeout: 90_000 });
  expect(await page.locator('.key-figure__value').allInnerTexts()).toContain(SHOWN);
  expect(server.output()).not.toMatch(/Failed to reload|InvalidContentEntryDataError/);

  // Fixed again: every error goes.
  save(original);
  await expect.poll(() => bannerHasError(page), WAIT).toBe(false);
  await expect.poll(() => server!.output(), WAIT).toMatch(/Corrigé :\n[^]*« chiffres › n° 2 › valeur »/);
}, 240_000);

it('says in French what is wrong in content/site.yaml, at start and while it runs, without stopping', async () => {
  settingsProject = copyProject('.');
  const file = join(settingsProject.dir, 'content/site.yaml');
  const original = readFileSync(file, 'utf8');
  const save = (text: string) => writeFileSync(file, text);
  const ADDRESS = /^adresse: .*$/m;
  expect(original.split('\n').findIndex((line) => ADDRESS.test(line))).toBe(11);
  const message = 'content/site.yaml:12  erreur  « adresse » : écrivez l’adresse publique du site, qui commence par « https:// ».';

  // Wrong before the server starts: it used to exit with Astro's English error. No page can be drawn without
  // the settings: each page says what to fix, in French, and reloads by itself once the file is saved.
  save(original.replace(ADDRESS, 'adresse: example.org'));
  // One standing warning, so that the banner shows the check's findings once the pages are live again.
  const edito = join(settingsProject.dir, 'content/falc/pages/edito.md');
  writeFileSync(edito, `${readFileSync(edito, 'utf8').trimEnd()}\n\nLe Département aide beaucoup de personnes.\n`);
  settingsServer = await startDevServer(settingsProject.dir, 150_000, () => true);
  browser ??= await launchChromium();
  const page = await (await browser.newContext()).newPage();
  const response = await page.goto(`${settingsServer.url}/`, { timeout: 90_000 });
  expect(response?.status()).toBe(500);
  expect(await page.locator('h1').innerText()).toBe('Les réglages du site sont à corriger');
  expect(await page.locator('li').allInnerTexts()).toEqual(['content/site.yaml:12 « adresse » : écrivez l’adresse publique du site, qui commence par « https:// ».']);
  await expect.poll(() => settingsServer!.output(), WAIT).toContain(message);
  expect(settingsServer.output()).not.toMatch(/SiteConfigError|ZodError|Stack trace/);

  save(original);
  await expect.poll(() => page.locator('h1').first().innerText(), WAIT).not.toBe('Les réglages du site sont à corriger');
  expect(await page.locator('body').innerText()).toContain('projet de mandat 2022-2027');
  // The page is live again (its banner has the findings) before the next save.
  await expect.poll(() => bannerText(page), WAIT).toContain('Vérification du contenu');

  // Wrong while it runs: the pages keep the last good settings, and the banner says so.
  save(original.replace('titre: Bilan', 'titre: Rapport modifié Bilan').replace(ADDRESS, 'adresse: example.org'));
  await expect.poll(() => bannerText(page), WAIT).toContain('L’aperçu montre la dernière version correcte de content/site.yaml : corrigez l’erreur ci-dessous.');
  expect(await bannerText(page)).toContain('content/site.yaml:12');
  expect(await page.locator('body').innerText()).not.toContain('Rapport modifié');
  expect(settingsServer.output()).not.toMatch(/SiteConfigError|ZodError|Stack trace/);

  // Fixed: the error goes, the page shows the saved settings.
  save(original.replace('titre: Bilan', 'titre: Rapport modifié Bilan'));
  await expect.poll(() => bannerHasError(page), WAIT).toBe(false);
  await expect.poll(() => page.locator('body').innerText(), WAIT).toContain('Rapport modifié');
}, 240_000);
