/**
 * Shows « Écouter la page » only when the browser can speak French (Web Speech
 * API with a French voice): no button that would do nothing. The player
 * (read-aloud-player.ts) is downloaded on the first press only.
 */
export function frenchVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  // Some systems write "fr_FR": compared in one form.
  const lang = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  const french = voices.filter((v) => lang(v) === 'fr' || lang(v).startsWith('fr-'));
  return french.find((v) => lang(v) === 'fr-fr' && v.localService) ?? french.find((v) => lang(v) === 'fr-fr') ?? french[0];
}

export function offerReadAloud(): void {
  const controls = document.querySelector<HTMLElement>('[data-lecture]');
  const toggle = controls?.querySelector<HTMLButtonElement>('[data-lecture-toggle]');
  if (!controls || !toggle || !window.speechSynthesis || typeof SpeechSynthesisUtterance === 'undefined') return;
  const synth = window.speechSynthesis;

  let started = false;
  const offer = () => {
    const voice = frenchVoice(synth.getVoices());
    if (!voice || started) return;
    started = true;
    controls.hidden = false;
    let player: Promise<typeof import('./read-aloud-player.ts')> | undefined;
    toggle.addEventListener('click', async () => {
      player ??= import('./read-aloud-player.ts');
      (await player).pressToggle(controls, voice);
    });
  };
  offer();
  // Chromium lists its voices a moment after the page loads.
  synth.addEventListener?.('voiceschanged', offer);
}
