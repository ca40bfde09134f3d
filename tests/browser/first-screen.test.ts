/**
 * The audit's first-screen check (scripts/audit/browser.ts): on a phone with the text at 200 %, a page whose header
 * pushes the main heading below the first screen is reported; a page with a short header is not. Tiny pages given to
 * Chromium directly: the check is proved on itself, whatever the site's header is today.
 */
import { describe, expect, it } from 'vitest';
import { useTinyPages } from './browser.ts';
import { firstScreenAtLargeText, PHONE_SCREEN } from '../../scripts/audit/browser.ts';

/**
 * A page whose header is `headerLines` paragraphs of one short line each, then the main heading; `label`: a smaller
 * label on its own line before the title, as an ambition's « Ambition 6 ».
 */
function pageWithHeader(headerLines: number, { label = false } = {}): string {
  const lines = Array.from({ length: headerLines }, (_, i) => `<p style="margin:0;line-height:1.5">Lien ${i + 1}</p>`).join('');
  const kicker = label ? '<span style="display:block;font-size:1rem;line-height:1.5">Ambition 6</span>' : '';
  return `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width"><title>Essai</title></head>` +
    `<body style="margin:0;font-size:1rem"><header>${lines}</header><main><h1 style="margin:0;font-size:2rem;line-height:1.25">${kicker}Titre</h1>` +
    `<p>${'Du texte. '.repeat(200)}</p></main></body></html>`;
}

const onPage = useTinyPages({ width: 1280, height: 800 });
const check = (html: string) => onPage(html, (tab) => firstScreenAtLargeText(tab, '/essai/'));

describe('premier écran d’un téléphone, texte à 200 %', () => {
  // At 200 % a header line is 32 px × 1.5 = 48 px: 20 lines (960 px) push the heading below 844 px, 5 (240 px) do not.
  it('signale une page dont l’en-tête repousse le titre principal sous le premier écran', async () => {
    const violations = await check(pageWithHeader(20));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ outil: 'affichage', regle: 'premier-ecran-200', page: '/essai/', variante: 'téléphone, texte 200 %', rgaa: [] });
    expect(violations[0]!.message).toContain('à 960 px du haut');
    expect(violations[0]!.message).toContain(`(${PHONE_SCREEN.height} px)`);
  });

  it('accepte une page dont le titre principal est sur le premier écran', async () => {
    expect(await check(pageWithHeader(5))).toEqual([]);
  });

  it('signale un titre dont la première ligne est coupée par le bas de l’écran', async () => {
    // 17 lines: 816 px; the heading starts above the bottom of the screen (844 px), its first line (64 px text) ends below.
    const violations = await check(pageWithHeader(17));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message).toContain('à 816 px du haut');
  });

  it('signale un titre dont seule l’étiquette (« Ambition 6 ») est sur le premier écran', async () => {
    // 16 lines: 768 px; the label's line (48 px at 200 %) ends at 816 px, on screen; the title's line (80 px) ends
    // near 896 px (where its glyphs end depends on the font), below the screen.
    const violations = await check(pageWithHeader(16, { label: true }));
    expect(violations).toHaveLength(1);
    const titleEnd = Number(/finit à (\d+) px/.exec(violations[0]!.message)?.[1]);
    expect(titleEnd).toBeGreaterThan(PHONE_SCREEN.height);
  });

  it('accepte un titre avec étiquette quand la première ligne du titre est sur le premier écran', async () => {
    expect(await check(pageWithHeader(12, { label: true }))).toEqual([]);
  });
});
