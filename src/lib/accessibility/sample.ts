/**
 * The RGAA sample of pages (« échantillon ») for the audit: the mandatory pages
 * (accueil, plan du site, accessibilité…), one page of each type, the FALC twin
 * of each when it exists, and, as the RGAA's method asks, « des pages
 * sélectionnées au hasard représentant au moins 10 % des pages de l'échantillon
 * décrit supra »: 10 % of the pages above (twins counted), rounded up, drawn
 * from the other pages with a fixed seed, so the sample does not change from
 * one build to the next. Its size follows the sample, not the site: a report
 * of 4 000 ambitions gets the same short list as the customer's 40.
 * Pure: the caller gives the candidate pages.
 */
export interface SamplePage {
  url: string;
  titre: string;
  /** Why it is in the sample (« obligatoire », « type : ambition », « tirage au sort »…). */
  raison: string;
  /** URL of its FALC twin, when it exists. */
  falc?: string | undefined;
}

export interface SampleInput {
  /** Mandatory and one-of-each-type pages, in the order to show. */
  required: readonly SamplePage[];
  /** Every other page of the site, from which the random pages are drawn. */
  others: readonly Omit<SamplePage, 'raison'>[];
  /** Random pages to add, as a share of the pages of `required` and their twins (default 0.1 = 10 %, rounded up). */
  share?: number;
}

/** FNV-1a: a stable hash, to draw pages without Math.random. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function rgaaSample({ required, others, share = 0.1 }: SampleInput): SamplePage[] {
  const taken = new Set(required.map((p) => p.url));
  const pool = others.filter((p) => !taken.has(p.url));
  const base = required.reduce((n, p) => n + (p.falc ? 2 : 1), 0);
  const count = Math.min(pool.length, Math.ceil(base * share));
  const drawn = [...pool]
    .sort((a, b) => hash(a.url) - hash(b.url) || a.url.localeCompare(b.url))
    .slice(0, count)
    .map((p) => ({ ...p, raison: 'tirage au sort' }));
  return [...required, ...drawn];
}
