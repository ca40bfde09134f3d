/**
 * The audit's check of words cut in two (scripts/audit/browser.ts, line-boxes.ts): tiny pages given to Chromium
 * directly, so that the check is proved on itself, whatever the site's pages are today. Each page is 320 px wide,
 * its text 20 px: a line holds about 25 letters.
 */
import { describe, expect, it } from 'vitest';
import { useTinyPages } from './browser.ts';
import { cutWordsIn, type LayoutVariant } from '../../scripts/audit/browser.ts';

const ON_320: LayoutVariant = { variante: '320 px', setting: 'Sans réglage', width: 320, cut: 'mot-coupe-320' };

function page(body: string, css = ''): string {
  return `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width"><title>Essai</title>` +
    `<style>body { margin: 0; padding: 0 10px; font: 20px/1.5 sans-serif; overflow-wrap: break-word; } ${css}</style></head>` +
    `<body><main>${body}</main></body></html>`;
}

/** A breadcrumb as the site drew it: inline items, a separator drawn by CSS, the link kept on one line. */
const CRUMBS_CSS = 'ol { list-style: none; padding: 0; } li { display: inline; } li + li::before { content: "›"; margin: 0 0.4em; } a { white-space: nowrap; }';
const crumbs = (between: string) =>
  `<ol><li><a href="/">Accueil</a></li>${between}<li><a href="/p/">Pacte des solidarités</a></li>${between}` +
  `<li><a href="/d/">Défi 1</a></li>${between}<li><span aria-current="page">Ambition 1</span></li></ol>`;

const onPage = useTinyPages({ width: 320, height: 640 });
const check = (html: string, variant: LayoutVariant = ON_320) => onPage(html, (tab) => cutWordsIn(tab, '/essai/', variant));

describe('mots coupés en deux', () => {
  it('signale un mot coupé faute de place où aller à la ligne (éléments en ligne sans espace entre eux)', async () => {
    const violations = await check(page(crumbs(''), CRUMBS_CSS));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ outil: 'affichage', regle: 'mot-coupe-320', page: '/essai/', variante: '320 px', rgaa: [] });
    expect(violations[0]!.message).toContain('rien ne permet d’aller à la ligne');
    expect(violations[0]!.cible).toContain('dans <ol>');
  }, 60_000);

  it('accepte le même fil d’Ariane avec une espace entre ses éléments', async () => {
    expect(await check(page(crumbs(' '), CRUMBS_CSS))).toEqual([]);
  }, 60_000);

  it('signale un mot plus large que la colonne, sauf là où il peut l’être (téléphone, texte à 200 %)', async () => {
    const html = page('<h1 style="font-size: 48px">Les environnementaux</h1>');
    const violations = await check(html);
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message).toContain('plus larges que la colonne');
    expect(violations[0]!.cible).toContain('« environnementaux » dans <h1>');
    expect(await check(html, { ...ON_320, wideWordsMayBreak: true })).toEqual([]);
  }, 60_000);

  it('accepte un mot composé qui va à la ligne après un trait d’union', async () => {
    // « Saint-Nicolas-lès-Arras » does not fit after « Une visite à » but each part does.
    expect(await check(page('<p>Une visite à Saint-Nicolas-lès-Arras-sur-Scarpe, puis ailleurs.</p>'))).toEqual([]);
  }, 60_000);

  it('ignore le texte masqué pour l’écran (lu par les lecteurs d’écran), dont les lettres sont l’une sous l’autre', async () => {
    const hidden = 'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);';
    expect(await check(page(`<p>Défi 1<span style="${hidden}"> : Pour une société qui reconnaît la place de chacun</span></p>`))).toEqual([]);
  }, 60_000);
});
