/**
 * Signale les chiffres romains : un ordinal (`XXe`, `XXIe`, `Ier`, `IIIe`)
 * toujours, et un chiffre romain seul (`XIV`, `III`) après un mot comme
 * « tome », « chapitre », « titre », « acte », « partie », avant « siècle »,
 * ou après un prénom de roi ou de pape (« Louis XIV »). Propose le nombre en
 * chiffres arabes (« 20e siècle »). Un sigle en capitales qui n’est pas dans
 * ces positions (`CD`, `MDC`) n’est pas un chiffre romain.
 *
 * ## Pourquoi
 *
 * Les chiffres romains se lisent comme des lettres. Beaucoup de lecteurs ne
 * savent pas les convertir.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.1 : les nombres en
 *   chiffres arabes (pas de chiffres romains).
 *
 * ## Options
 *
 * Aucune.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { norm } from '../text.ts';

const ORDINAL = /^([IVXLCDM]+)(e|er|re|ère|ème|eme)$/;
const BARE = /^[IVXLCDM]+$/;
const BEFORE = new Set(['tome', 'chapitre', 'titre', 'acte', 'partie', 'livre', 'volume', 'annexe', 'article', 'phase', 'étape', 'scène']);
const RULERS = new Set(['louis', 'henri', 'charles', 'napoléon', 'françois', 'philippe', 'pie', 'benoît', 'léon', 'jean-paul', 'grégoire', 'innocent', 'clément', 'édouard', 'élisabeth', 'george', 'guillaume', 'frédéric', 'alexandre', 'nicolas', 'pierre']);

export default defineRule('falc:chiffre-romain', 'nlcst', {}, ({ file, report }) => {
  for (const sentence of modelOf(file).sentences) {
    sentence.words.forEach((word, index) => {
      const ordinal = ORDINAL.exec(word.value);
      let roman: string | undefined;
      let suffix = '';
      // A lone C, L, D or M before « e » is a word (`Ce`, `Le`, `De`, `Me`), not a numeral.
      if (ordinal && romanValue(ordinal[1]!) !== undefined && !/^[CLDM]$/.test(ordinal[1]!)) {
        roman = ordinal[1]!;
        suffix = ordinal[2] === 'er' || ordinal[2] === 're' || ordinal[2] === 'ère' ? ordinal[2] : 'e';
      } else if (BARE.test(word.value) && romanValue(word.value) !== undefined) {
        const previous = sentence.words[index - 1];
        const next = sentence.words[index + 1];
        const before = previous ? norm(previous) : '';
        const after = next ? norm(next) : '';
        if (BEFORE.has(before) || RULERS.has(before) || after === 'siècle' || after === 'siècles') roman = word.value;
      }
      if (roman === undefined) return;
      const arabic = String(romanValue(roman)) + suffix;
      report({
        start: word.start,
        end: word.end,
        reason: `Chiffre romain « ${word.value} » : écrivez « ${arabic} ».`,
        actual: word.value,
        expected: [arabic],
      });
    });
  }
});

const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Value of a well-formed Roman numeral (`XIV` → 14), or `undefined` (`IIII`, `VX`, `CDM`). */
export function romanValue(roman: string): number | undefined {
  let total = 0;
  for (let index = 0; index < roman.length; index++) {
    const value = VALUES[roman[index]!]!;
    const next = VALUES[roman[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === roman ? total : undefined;
}

function toRoman(value: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}
