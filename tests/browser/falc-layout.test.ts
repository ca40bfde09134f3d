/**
 * The FALC layout rules (FALC standard §1b), checked on the computed styles of
 * every FALC page in Chromium, 360 px wide, in light and dark schemes; pictograms
 * loaded and at least 48 px.
 */
import { describe, expect, it } from 'vitest';
import { allPages } from '../site/dist.ts';
import { useSession } from './browser.ts';

const falcUrls = allPages().map((p) => p.url).filter((u) => u.startsWith('/facile-a-lire/'));
const session = useSession();

/** Runs in the page: returns one string per broken rule. */
function auditLayout(): string[] {
  const problems: string[] = [];
  const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const background = (el: Element | null): number[] => {
    for (let node = el; node; node = node.parentElement) {
      const rgba = parse(getComputedStyle(node).backgroundColor);
      if (rgba.length === 3 || (rgba[3] ?? 0) > 0) return rgba;
    }
    return parse(getComputedStyle(document.documentElement).backgroundColor || 'rgb(255,255,255)');
  };
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} « ${(el.textContent ?? '').trim().slice(0, 30)} »`;

  const families = new Set<string>();
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.closest('svg')) continue;
    const s = getComputedStyle(el);
    if (s.fontStyle !== 'normal') problems.push(`italique : ${name(el)}`);
    if (s.textTransform !== 'none') problems.push(`text-transform : ${name(el)}`);
    if (s.hyphens !== 'none') problems.push(`césure : ${name(el)}`);
    // Only addresses (web, e-mail) may break anywhere: they are not words.
    const isAddress = el.matches('a[href^="mailto:"], a[href^="http"]');
    if ((s.overflowWrap !== 'normal' && !isAddress) || s.wordBreak !== 'normal') problems.push(`coupure de mots : ${name(el)}`);
    const hasText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!hasText || (el as HTMLElement).offsetParent === null && s.position !== 'fixed') continue;
    families.add(s.fontFamily);
    if (!['left', 'start'].includes(s.textAlign)) problems.push(`texte non aligné à gauche (${s.textAlign}) : ${name(el)}`);
    const ratio = (() => {
      const [a, b] = [luminance(parse(s.color)), luminance(background(el))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    })();
    if (ratio < 7) problems.push(`contraste ${ratio.toFixed(2)}:1 < 7:1 : ${name(el)}`);
  }
  if (families.size !== 1) problems.push(`${families.size} familles de polices : ${[...families].join(' | ')}`);

  const main = document.querySelector('main')!;
  for (const el of Array.from(main.querySelectorAll('p, li, dd'))) {
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize);
    if (size < 18) problems.push(`texte de ${size}px < 18px : ${name(el)}`);
    if (parseFloat(s.lineHeight) < 1.5 * size - 0.01) problems.push(`interligne ${s.lineHeight} < 1,5 : ${name(el)}`);
    if (el.tagName === 'P' && el.nextElementSibling?.tagName === 'P' && parseFloat(s.marginBottom) < 1.5 * size - 0.01) {
      problems.push(`espace entre paragraphes ${s.marginBottom} < 1,5 em : ${name(el)}`);
    }
    const probe = document.createElement('span');
    probe.style.cssText = `position:absolute;visibility:hidden;font:${s.font};width:70ch`;
    document.body.append(probe);
    if (el.getBoundingClientRect().width > probe.getBoundingClientRect().width + 1) problems.push(`ligne de plus de 70 caractères : ${name(el)}`);
    probe.remove();
  }
  if (main.querySelector('h4, h5, h6')) problems.push('titre de niveau 4 ou plus : 2 niveaux au plus sous le titre de la page');
  for (const section of Array.from(main.querySelectorAll('.falc-section'))) {
    const picto = section.querySelector(':scope > .falc-section__picto');
    const body = section.querySelector(':scope > .falc-section__body');
    // Anything else directly in the grid would be squeezed into the pictogram column.
    for (const child of Array.from(section.children)) {
      if (!child.matches('.falc-section__picto, .falc-section__body')) problems.push(`hors colonne de texte : ${name(child)}`);
    }
    if (body && body.getBoundingClientRect().width < 200) problems.push(`colonne de texte de ${Math.round(body.getBoundingClientRect().width)} px : ${name(section)}`);
    if (picto && body && picto.getBoundingClientRect().right > body.getBoundingClientRect().left) {
      problems.push(`pictogramme pas à gauche du texte : ${name(section)}`);
    }
  }
  // Pictograms: the Mulberry drawing loaded from the site, large enough to be recognised.
  for (const img of Array.from(main.querySelectorAll<HTMLImageElement>('img.pictogram'))) {
    const { width, height } = img.getBoundingClientRect();
    if (width < 48 || height < 48) problems.push(`pictogramme de ${Math.round(width)}×${Math.round(height)} px < 48 px : ${img.getAttribute('src')}`);
    if (!img.complete || img.naturalWidth === 0) problems.push(`pictogramme non chargé : ${img.getAttribute('src')}`);
  }
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('défilement horizontal');
  return problems;
}

describe.each(['light', 'dark'] as const)('FALC layout, %s scheme, 360 px', (colorScheme) => {
  it(`holds on all ${falcUrls.length} FALC pages`, async () => {
    const context = await session().browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const url of falcUrls) {
      await page.goto(session().server.origin + url);
      problems.push(...(await page.evaluate(auditLayout)).map((p) => `${url} : ${p}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
