/**
 * « Écouter la page » on FALC pages. Headless Chromium has no voice, so the
 * tests give the page a fake speechSynthesis (before its scripts run) that
 * records what it is asked to say and ends a sentence only when the test says so.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useSession } from './browser.ts';
import { offerFrenchVoice } from '../../scripts/audit/speech-stub.ts';

const session = useSession();
const URL = '/facile-a-lire/solidarites-territoriales/ambition-1/';

interface FakeSpeech {
  spoken: string[];
  langs: string[];
  calls: string[];
}

/** Installs a fake speechSynthesis with the given voices; `window.finishSentence()` ends the sentence being said. */
async function withVoices(context: BrowserContext, voices: { lang: string; name: string }[] | null, { late = false } = {}): Promise<void> {
  await context.addInitScript(([list, late]) => {
    const w = window as unknown as { fake: FakeSpeech; finishSentence: () => void };
    w.fake = { spoken: [], langs: [], calls: [] };
    if (list === null) {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    // Chromium's utterance accepts only its own voice objects: the fake voices need a fake utterance.
    class FakeUtterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    let current: SpeechSynthesisUtterance | undefined;
    // Like Chromium, the voices may be listed only a moment after the page loads, then « voiceschanged » fires.
    let ready = !late;
    const listeners: (() => void)[] = [];
    (window as unknown as { listVoices: () => void }).listVoices = () => {
      ready = true;
      listeners.forEach((listener) => listener());
    };
    const fake = {
      getVoices: () => (ready ? list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })) : []),
      speak(u: SpeechSynthesisUtterance) {
        current = u;
        w.fake.spoken.push(u.text);
        w.fake.langs.push(u.lang);
      },
      cancel() {
        w.fake.calls.push('cancel');
        current = undefined;
      },
      pause: () => w.fake.calls.push('pause'),
      resume: () => w.fake.calls.push('resume'),
      addEventListener: (type: string, listener: () => void) => {
        if (type === 'voiceschanged') listeners.push(listener);
      },
    };
    w.finishSentence = () => {
      const u = current;
      current = undefined;
      u?.onend?.(new Event('end') as SpeechSynthesisEvent);
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  }, [voices, late] as const);
}

const fake = (page: Page) => page.evaluate(() => (window as unknown as { fake: FakeSpeech }).fake);
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('lecture');
    return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()).join('|') : null;
  });
const toggleLabel = (page: Page) => page.locator('[data-lecture-toggle]').textContent();
/** The live status line under the buttons (role="status"): what the reader hears when a label changes. */
const statusLine = (page: Page) => page.locator('[data-lecture] [role="status"]').textContent();

async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} n’est pas atteint avec Tab.`);
}

describe('read aloud, with a French voice', () => {
  it('reads the page sentence by sentence with the keyboard, highlights the sentence, pauses, resumes and stops', async () => {
    const context = await session().browser.newContext();
    await withVoices(context, [{ lang: 'en-US', name: 'English' }, { lang: 'fr-FR', name: 'Français' }]);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('.js')) scripts.push(new globalThis.URL(r.url()).pathname); });
    await page.goto(session().server.origin + URL);
    await page.waitForSelector('[data-lecture]:not([hidden])');
    // The player is downloaded only when the reader asks for it.
    expect(scripts.some((s) => s.includes('read-aloud-player'))).toBe(false);

    await tabTo(page, '[data-lecture-toggle]');
    expect(await toggleLabel(page)).toBe('Écouter la page');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { fake: FakeSpeech }).fake.spoken.length === 1);
    expect(scripts.some((s) => s.includes('read-aloud-player'))).toBe(true);
    const title = (await page.locator('main h1').textContent())!.replace(/\s+/g, ' ').trim();
    expect((await fake(page)).spoken).toEqual([title]);
    expect((await fake(page)).langs).toEqual(['fr-FR']);
    expect(await highlighted(page)).toBe(title);
    expect(await toggleLabel(page)).toBe('Faire une pause');
    expect(await statusLine(page)).toBe('La page est lue à voix haute.');
    // The focus stays on the button whose label changed.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-lecture-toggle'))).toBe(true);

    // One sentence per line: the next sentences are the lines of the page, each highlighted in turn.
    for (let i = 0; i < 4; i++) await page.evaluate(() => (window as unknown as { finishSentence: () => void }).finishSentence());
    const spoken = (await fake(page)).spoken;
    expect(spoken).toHaveLength(5);
    const mainText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const sentence of spoken) expect(mainText).toContain(sentence);
    expect(spoken.every((s) => !s.includes('Écouter la page'))).toBe(true);
    expect(await highlighted(page)).toBe(spoken[4]);

    // The sentence being read keeps a 7:1 contrast, and the controls pass axe.
    const axe = await new AxeBuilder({ page }).include('[data-lecture]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await page.keyboard.press('Enter');
    expect(await toggleLabel(page)).toBe('Reprendre l’écoute');
    expect(await statusLine(page)).toBe('La lecture est en pause.');
    await page.keyboard.press('Enter');
    expect(await toggleLabel(page)).toBe('Faire une pause');
    expect((await fake(page)).calls.filter((c) => c !== 'cancel')).toEqual(['pause', 'resume']);

    await tabTo(page, '[data-lecture-stop]');
    await page.keyboard.press('Enter');
    expect(await toggleLabel(page)).toBe('Écouter la page');
    expect(await page.locator('[data-lecture-stop]').isVisible()).toBe(false);
    expect(await statusLine(page)).toBe('La lecture est arrêtée.');
    // « Arrêter l'écoute » hid itself while focused: the focus went to the button that replaces it, not to <body>.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-lecture-toggle'))).toBe(true);
    expect(await highlighted(page)).toBeNull();
    expect((await fake(page)).calls.at(-1)).toBe('cancel');
    await context.close();
  }, 60_000);

  it('stops talking when the reader leaves the page', async () => {
    const context = await session().browser.newContext();
    await withVoices(context, [{ lang: 'fr-CA', name: 'Français (Canada)' }]);
    const page = await context.newPage();
    await page.goto(session().server.origin + URL);
    await page.locator('[data-lecture-toggle]').click();
    await page.waitForFunction(() => (window as unknown as { fake: FakeSpeech }).fake.spoken.length === 1);
    const before = (await fake(page)).calls.length;
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect((await fake(page)).calls.slice(before)).toContain('cancel');
    expect(await highlighted(page)).toBeNull();
    await context.close();
  }, 30_000);
});

describe('in the accessibility gate', () => {
  it('the audit’s stub voice shows the button, so that axe, the keyboard walk and reflow check it', async () => {
    const context = await session().browser.newContext();
    await offerFrenchVoice(context);
    const page = await context.newPage();
    await page.goto(session().server.origin + URL);
    await page.waitForSelector('[data-lecture-toggle]', { state: 'visible', timeout: 5_000 });
    await context.close();
  }, 30_000);
});

describe('voices listed late', () => {
  it('offers the button once the browser has listed a French voice', async () => {
    const context = await session().browser.newContext();
    await withVoices(context, [{ lang: 'fr-FR', name: 'Français' }], { late: true });
    const page = await context.newPage();
    await page.goto(session().server.origin + URL, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-lecture-toggle]').isVisible()).toBe(false);
    await page.evaluate(() => (window as unknown as { listVoices: () => void }).listVoices());
    await page.waitForSelector('[data-lecture-toggle]', { state: 'visible', timeout: 5_000 });
    await context.close();
  }, 30_000);
});

describe('no button that would do nothing', () => {
  it.each([
    ['without a French voice', [{ lang: 'en-US', name: 'English' }]],
    ['without speech synthesis', null],
  ] as const)('%s, the button is absent', async (_case, voices) => {
    const context = await session().browser.newContext();
    await withVoices(context, voices === null ? null : [...voices]);
    const page = await context.newPage();
    await page.goto(session().server.origin + URL, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-lecture-toggle]').isVisible()).toBe(false);
    await context.close();
  });

  it('without JavaScript, the button is absent and the page reads as usual', async () => {
    const context = await session().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session().server.origin + URL);
    expect(await page.locator('[data-lecture-toggle]').isVisible()).toBe(false);
    expect(await page.locator('main h1').isVisible()).toBe(true);
    await context.close();
  });

  it('is offered on FALC pages only', async () => {
    const context = await session().browser.newContext();
    await withVoices(context, [{ lang: 'fr-FR', name: 'Français' }]);
    const page = await context.newPage();
    await page.goto(session().server.origin + '/solidarites-territoriales/ambition-1/', { waitUntil: 'networkidle' });
    expect(await page.locator('[data-lecture]').count()).toBe(0);
    await context.close();
  });
});
