/**
 * The « Paramètres d'affichage » page: shows the form (hidden without
 * JavaScript), ticks the reader's current choices, applies each change at once
 * on <html> and keeps it in localStorage for the next pages (where the inline
 * script of src/lib/display-settings.ts applies it before the first paint).
 * Each change is confirmed in a live region.
 */
import { DISPLAY_SETTINGS, STORAGE_KEY, isDefault, validChoices, type DisplayChoices, type Setting } from '../lib/display-settings.ts';

function readSaved(): DisplayChoices {
  try {
    return validChoices(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'));
  } catch {
    return {};
  }
}

/** Saves the choices; false when the browser refuses storage (private mode, blocked cookies). */
function save(choices: DisplayChoices): boolean {
  try {
    if (Object.keys(choices).length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(choices));
    return true;
  } catch {
    return false;
  }
}

function apply(name: Setting['name'], value: string): void {
  if (isDefault(name, value)) document.documentElement.removeAttribute(`data-${name}`);
  else document.documentElement.setAttribute(`data-${name}`, value);
}

export function initDisplaySettings(): void {
  const form = document.querySelector<HTMLElement>('[data-affichage]');
  const status = document.querySelector<HTMLElement>('[data-settings-status]');
  if (!form || !status) return;
  const messages = form.dataset;
  let choices = readSaved();

  const tick = () => {
    for (const setting of DISPLAY_SETTINGS) {
      const value = choices[setting.name] ?? setting.options[0]!.value;
      const input = form.querySelector<HTMLInputElement>(`input[name="${setting.name}"][value="${value}"]`);
      if (input) input.checked = true;
    }
  };
  const announce = (text: string) => {
    // Emptied first so that the same message said twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = text));
  };

  tick();
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-settings-fallback]')?.setAttribute('hidden', '');

  form.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
    const name = input.name as Setting['name'];
    apply(name, input.value);
    if (isDefault(name, input.value)) delete choices[name];
    else choices[name] = input.value;
    const legend = input.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
    const label = input.closest('label')?.textContent?.trim() ?? input.value;
    announce(save(choices) ? (messages.msgSaved ?? '').replace('{legend}', legend).replace('{value}', label) : (messages.msgStorage ?? ''));
  });

  form.querySelector('[data-reset]')?.addEventListener('click', () => {
    for (const setting of DISPLAY_SETTINGS) apply(setting.name, setting.options[0]!.value);
    choices = {};
    save(choices);
    tick();
    announce(messages.msgResetDone ?? '');
  });
}
