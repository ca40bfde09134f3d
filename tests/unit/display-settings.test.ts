/** The display settings' model and the inline script that applies them before the first paint. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_SCRIPT, DISPLAY_SETTINGS, STORAGE_KEY, isDefault, validChoices } from '../../src/lib/display-settings.ts';

/** Runs the bootstrap script against a fake <html> and localStorage; returns the attributes it set. */
function bootstrap(stored: string | null, { storageThrows = false } = {}): Record<string, string> {
  const attributes: Record<string, string> = {};
  const sandbox = {
    localStorage: {
      getItem(key: string) {
        if (storageThrows) throw new Error('SecurityError');
        return key === STORAGE_KEY ? stored : null;
      },
    },
    document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
  };
  runInNewContext(BOOTSTRAP_SCRIPT, sandbox);
  return attributes;
}

describe('the inline bootstrap script', () => {
  it('puts every saved non-default choice on <html>', () => {
    expect(bootstrap(JSON.stringify({ theme: 'sombre', taille: 'tres-grande', espacement: 'large', police: 'lisible' }))).toEqual({
      'data-theme': 'sombre',
      'data-taille': 'tres-grande',
      'data-espacement': 'large',
      'data-police': 'lisible',
    });
  });

  it('sets nothing for defaults, unknown settings or values, and anything that could inject markup', () => {
    expect(bootstrap(JSON.stringify({ theme: 'systeme', taille: 'normale' }))).toEqual({});
    expect(bootstrap(JSON.stringify({ couleur: 'rouge', theme: '"><script>', taille: 3 }))).toEqual({});
  });

  it('survives no saved value, broken JSON, null and blocked storage', () => {
    expect(bootstrap(null)).toEqual({});
    expect(bootstrap('{pas du json')).toEqual({});
    expect(bootstrap('null')).toEqual({});
    expect(bootstrap(JSON.stringify({ theme: 'sombre' }), { storageThrows: true })).toEqual({});
  });

  it('stays tiny: it is repeated in every page', () => {
    expect(Buffer.byteLength(BOOTSTRAP_SCRIPT)).toBeLessThan(400);
  });
});

describe('the settings', () => {
  it('has a default first in each setting, and unique values', () => {
    for (const setting of DISPLAY_SETTINGS) {
      expect(isDefault(setting.name, setting.options[0]!.value)).toBe(true);
      expect(isDefault(setting.name, setting.options[1]!.value)).toBe(false);
      expect(new Set(setting.options.map((o) => o.value)).size).toBe(setting.options.length);
    }
  });

  it('keeps only known choices from what was saved', () => {
    expect(validChoices({ theme: 'sombre', police: 'comic', autre: 1 })).toEqual({ theme: 'sombre' });
    expect(validChoices('sombre')).toEqual({});
    expect(validChoices(null)).toEqual({});
  });
});
