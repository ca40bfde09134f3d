/**
 * The checks that need a real browser, all in one Chromium (Debian's) driven by
 * Playwright:
 * - axe-core on every page, in the light and the dark colour scheme; FALC pages
 *   also get `color-contrast-enhanced` (7:1);
 * - the keyboard on one page of each type (and its FALC twin): Tab order, visible focus, no trap, and every
 *   button pressed, the focus never falling to <body>;
 * - reflow at 320 CSS px, with the WCAG 1.4.12 text spacing too, and text at 200 % (640 CSS px wide) on every page;
 *   with the text at 200 % on a phone (390 × 844), the main heading on the first screen (usability, no RGAA criterion);
 *   in each of these layouts, no word cut in two (on the phone, only words wider than its column may be).
 * Pages are given one French voice (speech-stub.ts), so that « Écouter la page » is checked too.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { BuiltPage } from './pages.ts';
import { typeLabel } from './pages.ts';
import { mapPool } from './pool.ts';
import type { Violation } from './types.ts';
import { offerFrenchVoice } from './speech-stub.ts';
import { cutWords } from './line-boxes.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** AAA contrast, for the FALC pages only (FALC asks for 7:1). */
export const FALC_EXTRA_RULES = ['color-contrast-enhanced'];

const SCHEMES = [
  { scheme: 'light', label: 'thème clair' },
  { scheme: 'dark', label: 'thème sombre' },
] as const;

const NAV_TIMEOUT = 30_000;

export interface PageCheckOutcome {
  checked: boolean;
  violations: Violation[];
  error?: string | undefined;
}

/** Adds the outcome of one variant of a page (a colour scheme, a display setting) to the page's: checked only when every variant was. */
export function addOutcome(page: PageCheckOutcome, variant: PageCheckOutcome): void {
  page.checked &&= variant.checked;
  page.violations.push(...variant.violations);
  page.error = [page.error, variant.error].filter(Boolean).join(' ; ') || undefined;
}

export interface BrowserResults {
  chromiumVersion: string;
  axe: PageCheckOutcome[];
  keyboard: PageCheckOutcome[];
  layout: PageCheckOutcome[];
}

/** `RGAA-3.2.1` tags → criterion `3.2`. */
export function rgaaCriteria(tags: readonly string[]): string[] {
  const found = new Set<string>();
  for (const tag of tags) {
    const match = /^RGAA-(\d+)\.(\d+)(?:\.\d+)?$/.exec(tag);
    if (match) found.add(`${match[1]}.${match[2]}`);
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
}

function shortTargets(targets: string[], max = 4): string {
  const shown = targets.slice(0, max).join(' ; ');
  return targets.length > max ? `${shown} (+${targets.length - max} autres)` : shown;
}

export async function open(context: BrowserContext, origin: string, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(origin + url, { waitUntil: 'load', timeout: NAV_TIMEOUT });
  if (!response) throw new Error('aucune réponse du serveur');
  if (response.status() !== 200) throw new Error(`statut HTTP ${response.status()}`);
  return page;
}

async function describeError(error: unknown): Promise<string> {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

// ---------------------------------------------------------------- axe

export async function axeOn(tab: Page, page: BuiltPage, schemeLabel: string): Promise<Violation[]> {
  const results = await new AxeBuilder({ page: tab })
    .options({
      runOnly: { type: 'tag', values: AXE_TAGS },
      // Only violations are used: skipping the details of passed checks makes axe much faster.
      resultTypes: ['violations'],
      ...(page.falc ? { rules: Object.fromEntries(FALC_EXTRA_RULES.map((id) => [id, { enabled: true }])) } : {}),
    })
    .analyze();
  return results.violations.map((v) => ({
    outil: 'axe' as const,
    page: page.url,
    regle: v.id,
    message: `${v.help} (${v.nodes.length} élément${v.nodes.length > 1 ? 's' : ''})`,
    cible: shortTargets(v.nodes.map((n) => n.target.join(' '))),
    variante: schemeLabel,
    rgaa: rgaaCriteria(v.tags),
    aide: v.helpUrl,
  }));
}

// ---------------------------------------------------------------- keyboard

interface FocusInfo {
  index: number | null;
  label: string;
  outline: string;
  shadow: string;
  drawn: boolean;
  id: string;
  href: string | null;
}

/** In the page: marks every element reachable with Tab, in DOM order, and records how it looks unfocused. */
function markFocusables(): { focusables: FocusInfo[]; positiveTabindex: string[] } {
  const describe = (el: Element): string => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const href = el.getAttribute('href');
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? ` href="${href}"` : ''}>${text ? ` « ${text} »` : ''}`;
  };
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    const outline = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`;
    const drawn = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    return { outline, shadow: s.boxShadow, drawn };
  };
  const selector = [
    'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary', 'iframe',
    'audio[controls]', 'video[controls]', '[contenteditable]:not([contenteditable="false"])', '[tabindex]',
  ].join(',');
  // A group of radio buttons is one Tab stop (its checked button, else its first): the arrow keys move inside it.
  const radioStop = (el: HTMLElement): boolean => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].filter((r) => r.form === el.form);
    return el === (group.find((r) => r.checked) ?? group[0]);
  };
  const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }) && radioStop(el),
  );
  all.forEach((el, i) => el.setAttribute('data-audit-focus', String(i)));
  return {
    focusables: all.map((el, i) => ({ index: i, label: describe(el), id: el.id, href: el.getAttribute('href'), ...look(el) })),
    positiveTabindex: all.filter((el) => el.tabIndex > 0).map(describe),
  };
}

/** In the page: the element that has the focus, or null when the focus is on the page itself or left it. */
function focused(): FocusInfo | null {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const s = getComputedStyle(el);
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const href = el.getAttribute('href');
  const mark = el.getAttribute('data-audit-focus');
  return {
    index: mark === null ? null : Number(mark),
    label: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? ` href="${href}"` : ''}>${text ? ` « ${text} »` : ''}`,
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`,
    shadow: s.boxShadow,
    drawn: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
    id: el.id,
    href,
  };
}

async function keyboardOnPage(context: BrowserContext, origin: string, page: BuiltPage): Promise<Violation[]> {
  const violations: Violation[] = [];
  const add = (regle: string, message: string, cible?: string, rgaa?: string[]) =>
    violations.push({ outil: 'clavier', page: page.url, regle, message, cible, variante: typeLabel(page.type), rgaa });

  // 1. The first Tab reaches the skip link; Enter moves the focus to <main id="contenu">.
  let tab = await open(context, origin, page.url);
  try {
    await tab.keyboard.press('Tab');
    const first = await tab.evaluate(focused);
    if (!first || first.href !== '#contenu') {
      add('lien-evitement', 'La première tabulation n’atteint pas le lien d’évitement vers #contenu.', first?.label ?? 'aucun élément', ['12.7']);
    } else {
      await tab.keyboard.press('Enter');
      await tab.waitForTimeout(50);
      const target = await tab.evaluate(() => ({ id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName ?? '' }));
      if (target.id !== 'contenu' || target.tag !== 'MAIN') {
        add('lien-evitement', 'Activer le lien d’évitement ne place pas le focus sur <main id="contenu">.', `focus sur ${target.tag.toLowerCase()}#${target.id}`, ['12.7']);
      }
    }
  } finally {
    await tab.close();
  }

  // 2. Every focusable element, in DOM order, with a visible focus; 3. no trap.
  tab = await open(context, origin, page.url);
  try {
    const { focusables, positiveTabindex } = await tab.evaluate(markFocusables);
    for (const label of positiveTabindex) add('tabindex-positif', 'Un tabindex positif change l’ordre de tabulation.', label, ['12.8']);
    const n = focusables.length;
    let expected = 0;
    let previous: number | null = null;
    let left = false;
    let stopped = false;
    const maxPresses = n + 20;
    for (let press = 0; press < maxPresses; press++) {
      await tab.keyboard.press('Tab');
      const now = await tab.evaluate(focused);
      if (now === null) {
        left = true;
        break;
      }
      if (now.index === null) continue; // e.g. a scrollable region Chromium makes focusable: allowed, not listed
      if (now.index === expected && expected < n) {
        const before = focusables[expected]!;
        const changed = now.outline !== before.outline || now.shadow !== before.shadow;
        if (!changed || !now.drawn) {
          add('focus-visible', 'L’élément n’a pas d’indicateur de focus visible (contour ou ombre inchangés).', now.label, ['10.7']);
        }
        previous = expected;
        expected++;
        continue;
      }
      if (expected === n && now.index === 0) {
        left = true; // the focus cycles back to the start: no trap
        break;
      }
      if (now.index === previous) {
        add('piege-clavier', 'Le focus reste bloqué sur cet élément : Tab ne le fait pas avancer.', now.label, ['12.9']);
      } else {
        const wanted = focusables[expected];
        add(
          'ordre-tabulation',
          `Ordre de tabulation différent de l’ordre du document : attendu ${wanted ? wanted.label : 'la sortie de la page'}, obtenu ${now.label}.`,
          now.label,
          ['12.8'],
        );
      }
      stopped = true;
      break;
    }
    if (!stopped && expected < n) {
      add('element-inatteignable', `${n - expected} élément(s) focalisable(s) jamais atteint(s) avec Tab.`, focusables[expected]!.label, ['12.8']);
    } else if (!stopped && !left) {
      add('piege-clavier', 'Après le dernier élément, Tab ne quitte pas la page et ne revient pas au début.', undefined, ['12.9']);
    }
  } finally {
    await tab.close();
  }

  // 4. Every button pressed in turn, those it reveals too (« Arrêter l'écoute » after « Écouter la page »): the focus
  //    must stay on a control, never fall to <body>, or a keyboard or screen-reader user loses their place.
  tab = await open(context, origin, page.url);
  try {
    const path = new URL(tab.url()).pathname;
    for (let press = 0; press < 30; press++) {
      const control = await tab.evaluate(focusNextControl);
      if (!control) break;
      await tab.keyboard.press('Enter');
      // A control may load a script first (the read-aloud player): wait until the page is quiet.
      await tab.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      if (new URL(tab.url()).pathname !== path) break; // it opened another page: nothing more to press here
      if ((await tab.evaluate(focused)) === null) {
        add('focus-perdu', 'Après l’appui sur ce bouton, le focus tombe sur la page (<body>) : l’utilisateur du clavier perd sa place.', control, ['12.8']);
      }
    }
  } finally {
    await tab.close();
  }
  return violations;
}

/** In the page: focuses the first button (or <summary>) shown and not pressed yet, marks it pressed, and describes it. */
function focusNextControl(): string | null {
  const controls = [...document.querySelectorAll<HTMLElement>('button, input[type="button"], input[type="submit"], input[type="reset"], summary')];
  const next = controls.find(
    (el) => !el.hasAttribute('data-audit-pressed') && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
  );
  if (!next) return null;
  next.setAttribute('data-audit-pressed', '');
  next.focus();
  const text = (next.textContent ?? (next as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  return `<${next.tagName.toLowerCase()}> « ${text} »`;
}

// ---------------------------------------------------------------- reflow and text size

/**
 * The WCAG 1.4.12 text spacing a reader may impose with a user style sheet or an extension (the values of the
 * W3C's text-spacing bookmarklet): no content may be cut or overlap, nor need horizontal scrolling at 320 px.
 *
 * It is added through the CSSOM (a constructed style sheet), as an extension does. The page's Content-Security-
 * Policy allows only its own styles (`style-src` with their sha256 hashes) and so blocks the bookmarklet, which
 * adds a <style> element; we keep it that way: `'unsafe-inline'` would open every page to injected styles (CSS can
 * read attribute values out through background URLs), while readers who need more spacing have the site's own
 * « Espacement élargi » (the same WCAG values) and browser extensions or user style sheets, which browsers apply
 * whatever the page's CSP says.
 */
const WCAG_TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
  'p { margin-bottom: 2em !important; }';

/** In the page: adds (or removes) the text-spacing style sheet; true when the page's text took it. */
function setTextSpacing([css, on]: readonly [string, boolean]): Promise<boolean> {
  const key = '__auditTextSpacing';
  const store = window as unknown as Record<string, CSSStyleSheet | undefined>;
  if (on) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    store[key] = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== store[key]);
  }
  return new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const body = getComputedStyle(document.body);
      done(parseFloat(body.wordSpacing) > 0.15 * parseFloat(body.fontSize));
    })),
  );
}

/** In the page: horizontal overflow of the document, and the deepest elements sticking out on the right. */
export function horizontalOverflow(): { scrollWidth: number; clientWidth: number; culprits: string[] } | null {
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth <= width) return null;
  const out = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.right > width + 1;
  };
  const culprits = [...document.body.querySelectorAll('*')]
    .filter((el) => out(el) && el.checkVisibility() && ![...el.children].some(out))
    .slice(0, 5)
    .map((el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''}> « ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)} »`);
  return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
}

/** In the page: elements whose overflow is hidden (or ellipsis) and whose text does not fit. */
function clippedText(): string[] {
  const hides = (v: string) => v === 'hidden' || v === 'clip';
  const found: string[] = [];
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    const s = getComputedStyle(el);
    const x = hides(s.overflowX) || s.textOverflow === 'ellipsis';
    const y = hides(s.overflowY);
    if (!x && !y) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue; // the visually-hidden pattern: clipped on purpose, read by screen readers
    if (!(el.textContent ?? '').trim()) continue;
    if ((x && el.scrollWidth > el.clientWidth + 1) || (y && el.scrollHeight > el.clientHeight + 1)) {
      found.push(`<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''}> « ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)} »`);
    }
  }
  return found.slice(0, 5);
}

/** A layout the page is checked in: the reader's setting, the viewport's width, and the names its findings get. */
export interface LayoutVariant {
  variante: string;
  setting: string;
  width: number;
  /** The rule named for a word cut in two. */
  cut: string;
  /**
   * A word wider than the column may be cut. WCAG's own layouts (320 px; the text at 200 % on 640 px) must hold every
   * word; the stress layouts beyond them need not: on a phone with the text at 200 % a line holds about 17 letters,
   * and French has longer words (there the site asks for hyphenation, which the audit's Chromium cannot do); with the
   * WCAG 1.4.12 spacing on 320 px, letters 0.12 em apart make a 15-letter title word wider than the screen.
   */
  wideWordsMayBreak?: true;
}

/**
 * Words the reader sees cut in two (« › A » at the end of a line, « mbition 1 » on the next): half a word is read as
 * two. Either nothing let the line break before the word (two inline elements with no space between them), or the
 * word is wider than the column (a title's font too large for a narrow screen). Not a WCAG failure (1.4.10 allows
 * it), so it names no RGAA criterion. A compound may go to the next line after one of its hyphens, as in print.
 */
export async function cutWordsIn(tab: Page, pageUrl: string, variant: LayoutVariant): Promise<Violation[]> {
  const cut = (await tab.evaluate(cutWords)).filter((word) => !word.atHyphen && (word.fits || !variant.wideWordsMayBreak));
  if (cut.length === 0) return [];
  const fitting = cut.filter((word) => word.fits).length;
  const why = [
    fitting > 0 ? `${fitting} tiennent sur une ligne, mais rien ne permet d’aller à la ligne avant eux (une espace manque-t-elle entre deux éléments ?)` : '',
    cut.length > fitting ? `${cut.length - fitting} sont plus larges que la colonne (un titre trop grand pour cet écran, ou un mot à remplacer par un plus court)` : '',
  ].filter(Boolean).join(' ; ');
  return [{
    outil: 'affichage', page: pageUrl, regle: variant.cut,
    message: `${variant.setting}, à ${variant.width} px de large, ${cut.length} mot(s) coupé(s) en deux : ${why}.`,
    cible: cut.slice(0, 5).map((word) => `« ${word.word} » dans ${word.where}`).join(' ; '), variante: variant.variante, rgaa: [],
  }];
}

/** One display variant (text spacing, text at 200 %): horizontal scroll, text cut by a hidden overflow, words cut in two. */
async function overflowAndClipping(
  tab: Page,
  page: BuiltPage,
  variant: LayoutVariant & { overflow: string; clipped: string; rgaa: string[] },
): Promise<Violation[]> {
  const violations: Violation[] = [];
  const { variante, rgaa } = variant;
  const overflow = await tab.evaluate(horizontalOverflow);
  if (overflow) {
    violations.push({
      outil: 'affichage', page: page.url, regle: variant.overflow,
      message: `${variant.setting}, défilement horizontal à ${variant.width} px de large (${overflow.scrollWidth} px pour ${overflow.clientWidth} px).`,
      cible: overflow.culprits.join(' ; '), variante, rgaa,
    });
  }
  const clipped = await tab.evaluate(clippedText);
  if (clipped.length > 0) {
    violations.push({
      outil: 'affichage', page: page.url, regle: variant.clipped,
      message: `${variant.setting}, à ${variant.width} px, du texte est coupé par un élément à débordement masqué.`,
      cible: clipped.join(' ; '), variante, rgaa,
    });
  }
  violations.push(...(await cutWordsIn(tab, page.url, variant)));
  return violations;
}

async function layoutOn(tab: Page, page: BuiltPage): Promise<Violation[]> {
  const violations: Violation[] = [];
  await tab.setViewportSize({ width: 320, height: 640 });
  {
    const narrow = await tab.evaluate(horizontalOverflow);
    if (narrow) {
      violations.push({
        outil: 'affichage', page: page.url, regle: 'reflow-320',
        message: `Défilement horizontal à 320 px de large (largeur du contenu ${narrow.scrollWidth} px pour ${narrow.clientWidth} px).`,
        cible: narrow.culprits.join(' ; '), variante: '320 px', rgaa: ['10.11'],
      });
    }
    violations.push(...(await cutWordsIn(tab, page.url, { variante: '320 px', setting: 'Sans réglage', width: 320, cut: 'mot-coupe-320' })));
    if (!(await tab.evaluate(setTextSpacing, [WCAG_TEXT_SPACING, true] as const))) {
      throw new Error('l’espacement du texte WCAG 1.4.12 n’a pas pu être appliqué à la page');
    }
    violations.push(...(await overflowAndClipping(tab, page, {
      overflow: 'espacement-texte-320', clipped: 'espacement-texte-coupe', cut: 'espacement-texte-mot-coupe', wideWordsMayBreak: true, variante: 'espacement du texte, 320 px', rgaa: ['10.12'],
      setting: 'Avec l’espacement du texte WCAG 1.4.12', width: 320,
    })));
    await tab.evaluate(setTextSpacing, [WCAG_TEXT_SPACING, false] as const);
    await tab.setViewportSize({ width: 640, height: 800 });
    await tab.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    violations.push(...(await overflowAndClipping(tab, page, {
      overflow: 'texte-200-defilement', clipped: 'texte-200-coupe', cut: 'texte-200-mot-coupe', variante: 'texte 200 %', rgaa: ['10.4'],
      setting: 'Avec le texte à 200 %', width: 640,
    })));
    violations.push(...(await firstScreenAtLargeText(tab, page.url)));
    // The same phone: beyond WCAG's 320 px at 100 % and 200 % at 640 px, so it names no RGAA criterion, but a reader
    // who set a large text size on a phone must not scroll sideways to read each line.
    violations.push(...(await overflowAndClipping(tab, page, {
      overflow: 'telephone-texte-200-defilement', clipped: 'telephone-texte-200-coupe', cut: 'telephone-texte-200-mot-coupe', wideWordsMayBreak: true, variante: 'téléphone, texte 200 %', rgaa: [],
      setting: 'Sur un téléphone avec le texte à 200 %', width: PHONE_SCREEN.width,
    })));
  }
  return violations;
}

// ---------------------------------------------------------------- the first screen of a phone

/** A phone's screen (CSS px), where a reader who set a large text size must still see the page's content first. */
export const PHONE_SCREEN = { width: 390, height: 844 } as const;

/**
 * In the page: where the main heading starts and where the first line of its title ends, in CSS px from the top of
 * the document (the page scrolled to the top), or null when the page has no `main h1`. The title is the heading's
 * text at the heading's own size: a smaller label before it (« Ambition 6 ») is not the title, and a reader who sees
 * only the label has not seen what the page is about.
 */
export function mainHeadingFirstLine(): { top: number; bottom: number } | null {
  const heading = document.querySelector('main h1');
  if (!heading) return null;
  const top = heading.getBoundingClientRect().top + window.scrollY;
  const headingSize = parseFloat(getComputedStyle(heading).fontSize);
  const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const ownSize = (text: Text) => parseFloat(getComputedStyle(text.parentElement ?? heading).fontSize) >= headingSize;
  const title = texts.find(ownSize) ?? texts[0];
  const range = document.createRange();
  if (title) range.selectNodeContents(title);
  const line = title ? [...range.getClientRects()].find((rect) => rect.width > 0) : undefined;
  const bottom = line ? line.bottom + window.scrollY : top + parseFloat(getComputedStyle(heading).lineHeight);
  return { top: Math.round(top), bottom: Math.round(bottom) };
}

/**
 * On a phone (390 × 844) with the text at 200 %, the page's main heading must start on the first screen: a header
 * that fills the screen (a long title, one menu link per line) makes the reader scroll before seeing anything of
 * the page, at every page. No WCAG or RGAA criterion fails then (no horizontal scroll, the skip link exists): it is
 * a usability check of ours, so it names no RGAA criterion. The first line of the title must be entirely on screen.
 */
export async function firstScreenAtLargeText(tab: Page, pageUrl: string): Promise<Violation[]> {
  await tab.setViewportSize(PHONE_SCREEN);
  const heading = await tab.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    window.scrollTo(0, 0);
    return new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  }).then(() => tab.evaluate(mainHeadingFirstLine));
  if (!heading || heading.bottom <= PHONE_SCREEN.height) return [];
  return [{
    outil: 'affichage', page: pageUrl, regle: 'premier-ecran-200',
    message: `Sur un téléphone (${PHONE_SCREEN.width} × ${PHONE_SCREEN.height} px) avec le texte à 200 %, le titre principal de la page ` +
      `commence à ${heading.top} px du haut et la première ligne de son titre finit à ${heading.bottom} px, sous le premier écran ` +
      `(${PHONE_SCREEN.height} px) : le lecteur doit faire défiler ` +
      'la page avant d’en voir le contenu (en-tête trop haut).',
    cible: 'main h1', variante: 'téléphone, texte 200 %', rgaa: [],
  }];
}

// ---------------------------------------------------------------- all together

export async function guarded(run: () => Promise<Violation[]>, what: string): Promise<PageCheckOutcome> {
  try {
    return { checked: true, violations: await run() };
  } catch (error) {
    return { checked: false, violations: [], error: `${what} : ${await describeError(error)}` };
  }
}

export async function runBrowserChecks(
  browser: Browser,
  origin: string,
  pages: BuiltPage[],
  keyboardPages: BuiltPage[],
  concurrency: number,
  progress: (done: number, total: number) => void = () => {},
  which: { axe: boolean; layout: boolean } = { axe: true, layout: true },
): Promise<BrowserResults> {
  // One context per colour scheme (`colorScheme` of the context), one for the keyboard.
  const [light, dark] = await Promise.all(
    SCHEMES.map(({ scheme }) => browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 800 } })),
  );
  const keyboardContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await Promise.all([light!, dark!, keyboardContext].map(offerFrenchVoice));

  type Task = { kind: 'light' | 'dark' | 'keyboard'; page: BuiltPage };
  const tasks: Task[] = [
    ...keyboardPages.map((page) => ({ kind: 'keyboard' as const, page })),
    ...pages.flatMap((page): Task[] => [
      ...(which.axe || which.layout ? [{ kind: 'light' as const, page }] : []),
      ...(which.axe ? [{ kind: 'dark' as const, page }] : []),
    ]),
  ];
  const axe = new Map<string, PageCheckOutcome>();
  const layout: PageCheckOutcome[] = [];
  const keyboard: PageCheckOutcome[] = [];
  // A page counts as checked once both schemes were analysed.
  const addAxe = (url: string, outcome: PageCheckOutcome) => {
    if (!axe.has(url)) axe.set(url, { checked: true, violations: [] });
    addOutcome(axe.get(url)!, outcome);
  };

  let done = 0;
  await mapPool(tasks, concurrency, async ({ kind, page }) => {
    if (kind === 'keyboard') {
      keyboard.push(await guarded(() => keyboardOnPage(keyboardContext, origin, page), `${page.url} (clavier)`));
    } else {
      const scheme = SCHEMES[kind === 'light' ? 0 : 1];
      let tab: Page | undefined;
      try {
        tab = await open(kind === 'light' ? light! : dark!, origin, page.url);
        if (which.axe) addAxe(page.url, await guarded(() => axeOn(tab!, page, scheme.label), `${page.url} (axe, ${scheme.label})`));
        // Reflow and text size last: they change the viewport and the root font size of this tab.
        if (kind === 'light' && which.layout) layout.push(await guarded(() => layoutOn(tab!, page), `${page.url} (affichage)`));
      } catch (error) {
        const message = `${page.url} : la page ne s’ouvre pas (${await describeError(error)})`;
        if (which.axe) addAxe(page.url, { checked: false, violations: [], error: message });
        if (kind === 'light' && which.layout) layout.push({ checked: false, violations: [], error: message });
      } finally {
        await tab?.close();
      }
    }
    progress(++done, tasks.length);
  });
  await Promise.all([light, dark, keyboardContext].map((c) => c!.close()));
  return { chromiumVersion: browser.version(), axe: [...axe.values()], keyboard, layout };
}
