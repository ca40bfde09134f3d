/**
 * Signale les quantités vagues là où un nombre aiderait le lecteur :
 * - « des milliers », « des centaines », « des dizaines », « plusieurs
 *   milliers », « des millions » ;
 * - « beaucoup de » et « de nombreux », « de nombreuses » devant des choses
 *   qui se comptent (un nom au pluriel : « beaucoup de projets ») ;
 * - « peu de » devant des choses qui se comptent (« peu de collégiens »).
 *
 * Ne sont pas signalés : « beaucoup » seul (« il pleut beaucoup »),
 * « beaucoup de » devant ce qui ne se compte pas (« beaucoup de temps »),
 * « un peu de », « nombreux » après le nom (« ils sont nombreux »).
 *
 * Le message propose un ordre de grandeur, écrit comme le veut
 * `falc:grand-nombre` : « plus de 10 mille », « presque 50 mille ».
 * Une durée vague (« depuis des millions d’années », « de nombreuses
 * années ») est signalée aussi, mais le rapport n’a pas de nombre à donner :
 * le message propose une durée dite avec des mots de tous les jours
 * (« depuis très longtemps »).
 *
 * ## Pourquoi
 *
 * « Des milliers » peut vouloir dire 2 000 ou 50 000 : le lecteur ne sait
 * pas si c’est beaucoup. Un ordre de grandeur se comprend et reste vrai :
 * « presque 50 mille arbres » plutôt que « 48 618 arbres » ou « des milliers
 * d’arbres ». Quand le rapport ne donne pas de nombre, « beaucoup » reste
 * juste : la règle n’est qu’un avertissement.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.2 : pas de grands nombres ;
 *   un ordre de grandeur les remplace sans rien inventer.
 * - Inclusion Europe, *L’information pour tous* : des mots faciles à
 *   comprendre, des exemples concrets. « Des milliers » cache le
 *   fait que le rapport donne.
 *
 * ## Options
 *
 * Aucune.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { norm, withoutElision } from '../text.ts';
import type { Token } from '../types.ts';

const MULTIPLES = new Set(['dizaines', 'centaines', 'milliers', 'millions', 'milliards']);
const MULTIPLE_OPENERS = new Set(['des', 'plusieurs', 'quelques']);
const NUMEROUS = new Set(['nombreux', 'nombreuses']);
/** A plural noun, roughly: the word after « beaucoup de » ends in -s or -x. */
const PLURAL = /^[\p{L}-]+[sx]$/u;

const MANY = 'si le rapport donne le nombre, dites un ordre de grandeur, par exemple « plus de 10 mille » ou « presque 50 mille ».';
/** Units of time: « des millions d’années » is a way of saying « very long », not a count the report gives. */
const TIME_UNITS = new Set(['années', 'ans', 'siècles', 'décennies', 'mois', 'semaines', 'jours', 'heures', 'minutes']);
const LONG = 'pour une durée, dites-le avec des mots de tous les jours, par exemple « depuis très longtemps » ou « pendant longtemps ».';
const FEW = 'si le rapport donne le nombre, dites-le, par exemple « 3 » ou « moins de 10 ».';

export default defineRule('falc:quantite-vague', 'nlcst', {}, ({ file, report }) => {
  for (const sentence of modelOf(file).sentences) {
    const words = sentence.words;
    const lower = words.map((word) => norm(word));
    const flag = (from: number, to: number, advice: string) => {
      if (advice === MANY && TIME_UNITS.has(withoutElision(lower[to]!))) advice = LONG;
      const first = words[from]!;
      const last = words[to]!;
      const actual = sentence.text.slice(
        sentence.textStarts[sentence.tokens.indexOf(first)]!,
        sentence.textStarts[sentence.tokens.indexOf(last)]! + last.value.length,
      );
      report({ start: first.start, end: last.end, reason: `Quantité vague « ${actual} » : ${advice}`, actual });
    };
    for (let index = 0; index < words.length; index++) {
      const word = lower[index]!;
      if (MULTIPLES.has(word) && MULTIPLE_OPENERS.has(lower[index - 1] ?? '')) {
        const end = countedThing(words, lower, index + 1, true) ?? index;
        flag(index - 1, end, MANY);
        index = end;
      } else if (word === 'de' && NUMEROUS.has(lower[index + 1] ?? '') && index + 2 < words.length) {
        flag(index, index + 2, MANY);
        index += 2;
      } else if (word === 'beaucoup' || (word === 'peu' && lower[index - 1] !== 'un')) {
        const end = countedThing(words, lower, index + 1);
        if (end === undefined) continue;
        flag(index, end, word === 'peu' ? FEW : MANY);
        index = end;
      }
    }
  }
});

/**
 * Index of the plural noun after « de » / « d’ » at `at` (« de projets »,
 * « d’habitants »), if any; `anyNoun`: after « des milliers », any word.
 */
function countedThing(words: readonly Token[], lower: readonly string[], at: number, anyNoun = false): number | undefined {
  const next = lower[at];
  const counted = (word: string) => anyNoun || PLURAL.test(word);
  if (next === 'de' && words[at + 1] && counted(lower[at + 1]!)) return at + 1;
  if (next?.startsWith("d'") && counted(next.slice(2))) return at;
  return undefined;
}
