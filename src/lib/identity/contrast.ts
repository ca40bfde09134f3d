/**
 * WCAG 2.x contrast: the relative luminance of an sRGB colour and the ratio
 * (L1 + 0.05) / (L2 + 0.05) of two colours, from 1:1 to 21:1
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Colours are written
 * `#rgb` or `#rrggbb`, the only forms site.yaml accepts.
 */

/** `#rgb` or `#rrggbb`, any case. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The 0–255 channels of a `#rgb` / `#rrggbb` colour. */
export function channels(colour: string): [number, number, number] {
  if (!HEX_COLOUR.test(colour)) throw new Error(`Not a #rgb or #rrggbb colour: ${colour}`);
  const hex = colour.length === 4 ? [...colour.slice(1)].map((c) => c + c).join('') : colour.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    // WCAG 2.x writes 0.03928; sRGB's 0.04045 gives the same result for 8-bit channels.
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, in either order: 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The ratio as an editor reads it, « 4,48:1 »: two decimals, French comma, never
 * rounded up to the required ratio (4,499 shown as 4,5:1 would contradict the refusal).
 */
export function formatRatio(ratio: number, required?: number): string {
  let shown = Math.round(ratio * 100) / 100;
  if (required !== undefined && ratio < required && shown >= required) shown = Math.floor(ratio * 100) / 100;
  return `${shown.toLocaleString('fr-FR', { maximumFractionDigits: 2 })}:1`;
}
