/**
 * Orders of magnitude for big numbers, the FALC way: a small whole number and a
 * scale word, with « presque » or « plus de » so that it stays true
 * (48 618 → « presque 50 mille », 1 159 → « plus de mille »). Shared by
 * `falc:grand-nombre` (its suggestion) and the key-figure fidelity check (which
 * accepts such a phrase for the report's exact figure).
 */

const SCALES = [
  { value: 1_000_000_000, one: 'milliard', many: 'milliards' },
  { value: 1_000_000, one: 'million', many: 'millions' },
  { value: 1_000, one: 'mille', many: 'mille' },
] as const;

/** How close a « presque » must be: within 10 % above the true value. */
export const NEAR = 0.1;
/** How far below a « plus de » may go and still say something: half the true value. */
export const FLOOR = 0.5;

/** Scale word → its value (« mille » → 1 000, « millions » → 1 000 000). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(
  SCALES.flatMap((scale) => [[scale.one, scale.value] as const, [scale.many, scale.value] as const]),
);

/** `count` and its scale word: 1 → « mille », 50 → « 50 mille », 1 (million) → « 1 million ». */
function say(count: number, scale: (typeof SCALES)[number]): string {
  if (scale.value === 1_000) return count === 1 ? 'mille' : `${count} mille`;
  return `${count} ${count > 1 ? scale.many : scale.one}`;
}

/**
 * The order of magnitude to write for `value` (≥ 1 000): rounded to one, then
 * two significant digits when that is within 10 %, else the whole number of
 * thousands (or millions) below it with « plus de ».
 */
export function orderOfMagnitude(value: number): string {
  return magnitude(value, value);
}

/** `value` possibly already rounded up to the next scale (999 999 → 1 000 000); `original` decides the hedge. */
function magnitude(value: number, original: number): string {
  const scale = SCALES.find((candidate) => value >= candidate.value) ?? SCALES[SCALES.length - 1]!;
  const count = value / scale.value;
  for (const digits of [1, 2]) {
    const step = 10 ** Math.max(0, Math.floor(Math.log10(count)) - digits + 1);
    const rounded = Math.round(count / step) * step;
    if (!Number.isInteger(rounded) || Math.abs(rounded - count) > NEAR * count) continue;
    if (rounded >= 1000 && scale.value < 1_000_000_000) return magnitude(rounded * scale.value, original);
    return hedge(rounded * scale.value, original) + say(rounded, scale);
  }
  return 'plus de ' + say(Math.floor(count), scale);
}

function hedge(approximation: number, value: number): string {
  if (approximation > value) return 'presque ';
  if (approximation < value) return 'plus de ';
  return '';
}

/**
 * Is « `words` `approximation` » a true and close way to say `value`?
 * « presque » / « près de » / « environ » : at most 10 % above (or around,
 * for « environ ») ; « plus de » : below, and at least half ; no word: exact.
 */
export function approximates(words: string, approximation: number, value: number): boolean {
  switch (words.toLowerCase().replace(/['’]/g, "'").replace(/\s+/g, ' ').trim()) {
    case 'presque':
    case 'près de':
    case "près d'":
      return approximation >= value && approximation <= value * (1 + NEAR);
    case 'environ':
      return Math.abs(approximation - value) <= value * NEAR;
    case 'plus de':
    case "plus d'":
      return approximation <= value && approximation >= value * FLOOR;
    case '':
      return approximation === value;
    default:
      return false;
  }
}
