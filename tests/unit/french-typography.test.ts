import { describe, expect, it } from 'vitest';
import { formatFigureValue, frenchTypography } from '../../src/markdown/french-typography.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
    expect(frenchTypography('Objectif : réussir ; vite ! Comment ?')).toBe(
      `Objectif${NBSP}: réussir${NNBSP}; vite${NNBSP}! Comment${NNBSP}?`,
    );
  });
  it('adds the missing space the source forgot', () => {
    expect(frenchTypography('Comment? possible: mission!')).toBe(`Comment${NNBSP}? possible${NBSP}: mission${NNBSP}!`);
  });
  it('keeps « » with their content', () => {
    expect(frenchTypography('« Facile à lire »')).toBe(`«${NBSP}Facile à lire${NBSP}»`);
  });
  it('binds thousands groups, never a year to the next number', () => {
    expect(frenchTypography('de 2 000 à 20 000 habitants')).toBe(`de 2${NNBSP}000 à 20${NNBSP}000 habitants`);
    expect(frenchTypography('en 2022 300 places')).toBe('en 2022 300 places');
    expect(frenchTypography('10 000 000 euros')).toBe(`10${NNBSP}000${NNBSP}000 euros`);
  });
  it('leaves URLs and times alone', () => {
    expect(frenchTypography('https://example.org à 14:30')).toBe('https://example.org à 14:30');
  });
});

describe('formatFigureValue', () => {
  it.each([
    ['1159', `1${NNBSP}159`],
    ['7 637', `7${NNBSP}637`],
    ['31542', `31${NNBSP}542`],
    ['149 100', `149${NNBSP}100`],
    ['60,2', '60,2'],
    ['207', '207'],
  ])('%s', (input, expected) => expect(formatFigureValue(input)).toBe(expected));
});
