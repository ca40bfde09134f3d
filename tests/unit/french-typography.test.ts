import { describe, expect, it } from 'vitest';
import { formatFigureValue, frenchTypography, markNumbers, markUnits } from '../../src/markdown/french-typography.ts';
import { typesetHtml } from '../../src/markdown/typeset-html.ts';

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
  // eSpeak NG (NVDA, Orca) reads « 44 950 » with U+202F or U+00A0 as « quarante-quatre neuf cent cinquante »:
  // thousands are separated by an ordinary space, kept on one line by markNumbers' element.
  it('separates thousands groups with an ordinary space, never a year from the next number', () => {
    expect(frenchTypography(`de 2${NNBSP}000 à 20${NBSP}000 habitants`)).toBe('de 2 000 à 20 000 habitants');
    expect(frenchTypography('en 2022 300 places')).toBe('en 2022 300 places');
    expect(frenchTypography(`10${NNBSP}000 000 euros`)).toBe('10 000 000 euros');
  });
  it('leaves URLs and times alone', () => {
    expect(frenchTypography('https://example.org à 14:30')).toBe('https://example.org à 14:30');
  });
});

describe('markNumbers', () => {
  it('keeps each grouped number on one line in an element, its groups separated by ordinary spaces', () => {
    expect(markNumbers(`Près de 44${NNBSP}950 élèves et 1 159 projets en 2022.`)).toBe(
      'Près de <span class="nombre">44 950</span> élèves et <span class="nombre">1 159</span> projets en 2022.',
    );
    expect(markNumbers('en 2022 300 places, 60,2 %')).toBe('en 2022 300 places, 60,2 %');
  });
});

describe('typesetHtml', () => {
  it('marks numbers in the text of the page, not in attributes nor in text-only elements', () => {
    expect(typesetHtml(`<title>1${NNBSP}159 projets</title><p title="1 159">1 159 projets</p><svg><title>2 000</title></svg><code>1 000</code>`)).toBe(
      '<title>1 159 projets</title><p title="1 159"><span class="nombre">1 159</span> projets</p><svg><title>2 000</title></svg><code>1 000</code>',
    );
  });
});

describe('formatFigureValue', () => {
  it.each([
    ['1159', '1 159'],
    ['7 637', '7 637'],
    ['31542', '31 542'],
    [`149${NNBSP}100`, '149 100'],
    ['60,2', '60,2'],
    ['207', '207'],
  ])('%s', (input, expected) => expect(formatFigureValue(input)).toBe(expected));
});

describe('markUnits', () => {
  const spoken = (words: string) => `<span class="visually-hidden" data-pagefind-ignore> ${words}</span>`;
  it('keeps a misread unit on screen and gives screen readers its words, singular below 2', () => {
    expect(markUnits('6 550 ha')).toBe(`6 550 <span aria-hidden="true">ha</span>${spoken('hectares')}`);
    expect(markUnits('1,5 ha')).toBe(`1,5 <span aria-hidden="true">ha</span>${spoken('hectare')}`);
    expect(markUnits('24h/24')).toBe(`24<span aria-hidden="true">h</span>${spoken('heures')}/24`);
    expect(markUnits(`11 000${'\u00A0'}m²`)).toContain(spoken('mètres carrés'));
    expect(markUnits('loi n° 2005-102')).toBe(`loi <span aria-hidden="true">n°</span>${spoken('numéro')} 2005-102`);
  });
  it('leaves words that only start like a unit, and units eSpeak reads right', () => {
    for (const text of ['2 habitants', '3 heures', 'en 2024 trois', '9 km', '30 %', 'H2O', 'ha ha']) expect(markUnits(text)).toBe(text);
  });
});
