/**
 * Headless Chromium has no voice, so « Écouter la page » (FALC pages) would stay
 * hidden and escape the gate. This stub gives the audited pages one French
 * voice, as most readers' browsers have: the button is then shown, and checked
 * by axe, the keyboard walk and the reflow checks like the rest of the page.
 * It never speaks: the audit does not press the button.
 */
import type { BrowserContext } from 'playwright-core';

export async function offerFrenchVoice(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const voice = { lang: 'fr-FR', name: 'Voix française (audit)', localService: true, default: true, voiceURI: 'audit-fr' };
    const stub = {
      getVoices: () => [voice],
      speak() {},
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
  });
}
