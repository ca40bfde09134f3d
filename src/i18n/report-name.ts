/**
 * The report's name in the interface's sentences: « Tout le bilan », « dans le
 * bilan » for the Pas-de-Calais bilan, « Tout le rapport » by default. A
 * sentence writes `{le rapport}` or `{Tout le rapport}`; the name comes from
 * `appellation` in content/site.yaml.
 */
import { readSiteConfig } from '../lib/site-config.ts';

/** « Tout le bilan », « Toute la synthèse », « Tous les cahiers ». A name elided (« l’étude ») takes « Tout ». */
export function everything(name: string): string {
  if (name.startsWith('la ')) return `Toute ${name}`;
  if (name.startsWith('les ')) return `Tous ${name}`;
  return `Tout ${name}`;
}

export function withReportName(text: string): string {
  if (!text.includes('{')) return text;
  const name = readSiteConfig().appellation;
  return text.replaceAll('{Tout le rapport}', everything(name)).replaceAll('{le rapport}', name);
}
