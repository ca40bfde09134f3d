import { describe, expect, it } from 'vitest';
import { lintFalcText } from '../../../src/lib/falc/index.ts';
import { approximates, orderOfMagnitude } from '../../../src/lib/falc/order-of-magnitude.ts';

describe('orderOfMagnitude', () => {
  it('rounds to a small whole number of thousands or millions, with « presque » or « plus de » to stay true', () => {
    const table = {
      1000: 'mille', 1159: 'plus de mille', 2000: '2 mille', 2717: 'plus de 2 mille', 44950: 'presque 45 mille',
      48618: 'presque 50 mille', 149100: 'presque 150 mille', 999999: 'presque 1 million', 1450000: 'plus de 1 million',
      16000000: '16 millions',
    };
    for (const [value, words] of Object.entries(table)) expect(orderOfMagnitude(Number(value)), value).toBe(words);
  });

  it('accepts only true and close approximations', () => {
    expect(approximates('presque', 50_000, 48_618)).toBe(true);
    expect(approximates('presque', 60_000, 48_618)).toBe(false);
    expect(approximates('presque', 40_000, 48_618)).toBe(false);
    expect(approximates('plus de', 40_000, 48_618)).toBe(true);
    expect(approximates('plus de', 20_000, 48_618)).toBe(false);
    expect(approximates('', 50_000, 48_618)).toBe(false);
    expect(approximates('environ', 50_000, 48_618)).toBe(true);
  });
});

describe('falc:temps-et-annee and the current year', () => {
  it('tells a past year from the current one with `anneeCourante`', async () => {
    const text = 'En 2016, des coulées de boue touchent la commune.\n';
    const lint = async (year: number) =>
      (await lintFalcText(text, { only: ['falc:temps-et-annee'], rules: { 'falc:temps-et-annee': ['warn', { anneeCourante: year }] } })).messages.map((m) => m.reason);
    expect(await lint(2016)).toEqual([]);
    expect(await lint(2026)).toEqual(['Verbe au présent « touchent » pour un fait de 2016 : racontez le passé au passé composé, par exemple « ont touché ».']);
    expect(await lint(2010)).toEqual(['Verbe au présent « touchent » pour un projet de 2016 : dites-le avec « va » et l’infinitif, par exemple « vont toucher ».']);
  });
});
