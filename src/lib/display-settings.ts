/**
 * The reader's display settings (« Paramètres d'affichage », the DSFR pattern):
 * theme, text size, spacing and a more legible font. Each setting is one
 * attribute on <html> (`data-theme="sombre"`…) that the stylesheets read
 * (src/styles/display-settings.css); the default value sets no attribute, so a
 * page without JavaScript or without a saved choice is the default page.
 *
 * The choices are kept in localStorage under STORAGE_KEY as
 * `{"theme":"sombre","taille":"grande"}` and put back on <html> by the tiny
 * inline script of BOOTSTRAP_SCRIPT, in <head>, before the first paint.
 */

export const STORAGE_KEY = 'rapport-falc:affichage';

export interface SettingOption {
  value: string;
  /** Label in the standard version. */
  label: string;
  /** Label in the FALC version. */
  falcLabel: string;
}

export interface Setting {
  /** Attribute name on <html> (`data-<name>`) and key in the saved object. */
  name: 'theme' | 'taille' | 'espacement' | 'police';
  legend: string;
  falcLegend: string;
  /** The first option is the default: it sets no attribute. */
  options: readonly SettingOption[];
}

export const DISPLAY_SETTINGS: readonly Setting[] = [
  {
    name: 'theme',
    legend: 'Thème',
    falcLegend: 'Les couleurs',
    options: [
      { value: 'systeme', label: 'Celui de mon appareil', falcLabel: 'Comme sur mon appareil' },
      { value: 'clair', label: 'Clair', falcLabel: 'Fond blanc' },
      { value: 'sombre', label: 'Sombre', falcLabel: 'Fond noir' },
    ],
  },
  {
    name: 'taille',
    legend: 'Taille du texte',
    falcLegend: 'La taille des lettres',
    options: [
      { value: 'normale', label: 'Normale', falcLabel: 'Normale' },
      { value: 'grande', label: 'Grande', falcLabel: 'Grande' },
      { value: 'tres-grande', label: 'Très grande', falcLabel: 'Très grande' },
    ],
  },
  {
    name: 'espacement',
    legend: 'Espacement des lignes et des lettres',
    falcLegend: 'L’espace entre les lignes et les lettres',
    options: [
      { value: 'normal', label: 'Normal', falcLabel: 'Normal' },
      { value: 'large', label: 'Élargi', falcLabel: 'Plus grand' },
    ],
  },
  {
    name: 'police',
    legend: 'Police de caractères',
    falcLegend: 'La forme des lettres',
    options: [
      { value: 'habituelle', label: 'Habituelle (celle de mon appareil)', falcLabel: 'Comme d’habitude' },
      { value: 'lisible', label: 'Plus lisible (Atkinson Hyperlegible)', falcLabel: 'Plus facile à lire' },
    ],
  },
];

export type DisplayChoices = Partial<Record<Setting['name'], string>>;

/** Keeps only known settings with known values (what was saved may be old or edited by hand). */
export function validChoices(saved: unknown): DisplayChoices {
  if (!saved || typeof saved !== 'object') return {};
  const choices: DisplayChoices = {};
  for (const setting of DISPLAY_SETTINGS) {
    const value = (saved as Record<string, unknown>)[setting.name];
    if (typeof value === 'string' && setting.options.some((o) => o.value === value)) choices[setting.name] = value;
  }
  return choices;
}

/** Is this value the setting's default (no attribute on <html>)? */
export function isDefault(name: Setting['name'], value: string): boolean {
  return DISPLAY_SETTINGS.find((s) => s.name === name)?.options[0]?.value === value;
}

/**
 * The inline script of every page's <head>, before the styles: it runs before
 * the first paint, so a saved dark theme or large text never flashes the
 * default first. It reads only the allowed values (the list below is generated
 * from DISPLAY_SETTINGS) and does nothing when storage is blocked. Its hash is
 * allowed by the page's Content-Security-Policy (src/lib/content-security-policy.ts).
 */
export const BOOTSTRAP_SCRIPT = (() => {
  const allowed = Object.fromEntries(DISPLAY_SETTINGS.map((s) => [s.name, s.options.slice(1).map((o) => o.value)]));
  return (
    `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"{}"),a=${JSON.stringify(allowed)},k;` +
    `for(k in a)if(s&&a[k].indexOf(s[k])>=0)document.documentElement.setAttribute("data-"+k,s[k])}catch(e){}`
  );
})();
