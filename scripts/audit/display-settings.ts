/**
 * The accessibility gate in each display setting (issue 10): the readers'
 * choices of « Paramètres d'affichage » change colours, sizes, spacing and
 * font, so each choice is audited on one page of each type and its FALC twin
 * (the keyboard sample): axe-core as on every page, and reflow at 320 px for
 * the choices that make the text bigger (no sideways scroll, no word cut in two
 * that fits on a line). Each page is opened with the choice
 * saved as a reader's would be, and the audit checks that it was applied: a
 * setting that silently does nothing would otherwise pass every check.
 */
import type { Browser, Page } from 'playwright-core';
import type { BuiltPage } from './pages.ts';
import { mapPool } from './pool.ts';
import { addOutcome, axeOn, cutWordsIn, guarded, horizontalOverflow, open, type PageCheckOutcome } from './browser.ts';
import { STORAGE_KEY, type DisplayChoices } from '../../src/lib/display-settings.ts';
import type { Violation } from './types.ts';
import { offerFrenchVoice } from './speech-stub.ts';

export interface SettingVariant {
  label: string;
  /** The device's colour scheme under the reader's choice. */
  colorScheme: 'light' | 'dark';
  choices: DisplayChoices;
  /** Check reflow at 320 CSS px too (the choices that enlarge the text). */
  reflow: boolean;
}

export const SETTING_VARIANTS: SettingVariant[] = [
  { label: 'thème sombre choisi, appareil en clair', colorScheme: 'light', choices: { theme: 'sombre' }, reflow: false },
  { label: 'thème clair choisi, appareil en sombre', colorScheme: 'dark', choices: { theme: 'clair' }, reflow: false },
  {
    label: 'texte très grand, espacement élargi, police lisible',
    colorScheme: 'light',
    choices: { taille: 'tres-grande', espacement: 'large', police: 'lisible' },
    reflow: true,
  },
];

/** In the page: the settings applied on <html>, once the fonts asked for are loaded. */
async function appliedChoices(tab: Page): Promise<Record<string, string>> {
  return tab.evaluate(async () => {
    await document.fonts.ready;
    return Object.fromEntries(
      [...document.documentElement.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name.slice(5), a.value]),
    );
  });
}

async function checkVariant(tab: Page, page: BuiltPage, variant: SettingVariant): Promise<Violation[]> {
  const violations: Violation[] = [];
  const applied = await appliedChoices(tab);
  const missing = Object.entries(variant.choices).filter(([name, value]) => applied[name] !== value);
  if (missing.length) {
    violations.push({
      outil: 'reglages', page: page.url, regle: 'reglage-non-applique', variante: variant.label, rgaa: ['10.4'],
      message: `Le réglage enregistré n’est pas appliqué à la page : ${missing.map(([n, v]) => `${n}=${v}`).join(', ')}.`,
    });
    return violations;
  }
  violations.push(...(await axeOn(tab, page, variant.label)).map((v) => ({ ...v, outil: 'reglages' as const })));
  if (variant.reflow) {
    await tab.setViewportSize({ width: 320, height: 640 });
    const overflow = await tab.evaluate(horizontalOverflow);
    if (overflow) {
      violations.push({
        outil: 'reglages', page: page.url, regle: 'reflow-320', variante: variant.label, rgaa: ['10.11'],
        message: `Défilement horizontal à 320 px de large (largeur du contenu ${overflow.scrollWidth} px pour ${overflow.clientWidth} px).`,
        cible: overflow.culprits.join(' ; '),
      });
    }
    // The text very large on 320 px: as on a phone with the text at 200 %, only words wider than the column may break.
    violations.push(...(await cutWordsIn(tab, page.url, {
      variante: variant.label, setting: 'Avec ce réglage', width: 320, cut: 'mot-coupe-320', wideWordsMayBreak: true,
    })).map((v) => ({ ...v, outil: 'reglages' as const })));
  }
  return violations;
}

/** One outcome per page: checked when every variant ran on it. */
export async function runSettingsChecks(browser: Browser, origin: string, pages: BuiltPage[], concurrency: number): Promise<PageCheckOutcome[]> {
  const contexts = await Promise.all(
    SETTING_VARIANTS.map(async (variant) => {
      const context = await browser.newContext({ colorScheme: variant.colorScheme, viewport: { width: 1280, height: 800 } });
      // Saved as the settings page saves it, before any script of the page runs.
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(variant.choices)] as const);
      await offerFrenchVoice(context); // « Écouter la page » shown, and checked, in each setting too
      return context;
    }),
  );
  const byPage = new Map<string, PageCheckOutcome>(pages.map((p) => [p.url, { checked: true, violations: [] }]));
  const tasks = pages.flatMap((page) => SETTING_VARIANTS.map((variant, i) => ({ page, variant, context: contexts[i]! })));
  await mapPool(tasks, concurrency, async ({ page, variant, context }) => {
    const result = await guarded(async () => {
      const tab = await open(context, origin, page.url);
      try {
        return await checkVariant(tab, page, variant);
      } finally {
        await tab.close();
      }
    }, `${page.url} (${variant.label})`);
    addOutcome(byPage.get(page.url)!, result);
  });
  await Promise.all(contexts.map((c) => c.close()));
  return [...byPage.values()];
}
