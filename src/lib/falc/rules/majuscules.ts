/**
 * Signale les mots de la langue courante écrits en capitales, comme
 * `TRÈS IMPORTANT` ou `ATTENTION`. Les sigles (`MDPH`, `CAF`) ne sont pas
 * concernés : c’est `falc:sigle-non-explique` qui les lit. Les noms propres
 * (`Pas-de-Calais`, `Département`) n’ont qu’une capitale au début : ils ne
 * sont pas concernés non plus.
 *
 * Comment la règle sépare un mot crié d’un sigle (mot de 2 lettres ou plus,
 * tout en capitales) :
 * 1. dans le glossaire ou dans les sigles connus : un sigle ;
 * 2. avec une capitale accentuée (`TRÈS`, `ÉTAPE`) ou dans la liste des mots
 *    courants (`IMPORTANT`, `DE`, `ATTENTION` : `data/mots-courants.ts`) :
 *    un mot crié ;
 * 3. à côté d’un mot crié (`BILAN DE MANDAT`) : un mot crié aussi ;
 * 4. sinon : un sigle.
 *
 * ## Pourquoi
 *
 * Un mot en capitales est plus difficile à lire : toutes les lettres ont la
 * même hauteur et le lecteur ne reconnaît plus la forme du mot. Pour
 * insister, le gras suffit.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-1.6 : pas de mots en
 *   majuscules, hors cas particuliers (les sigles).
 *
 * ## Options
 *
 * Aucune.
 */
import { classifyCapitals } from '../caps.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import type { Token } from '../types.ts';

export default defineRule('falc:majuscules', 'nlcst', {}, ({ file, report }) => {
  const model = modelOf(file);
  for (const sentence of model.sentences) {
    const kinds = classifyCapitals(sentence, model.glossaryExact);
    // One message per run of shouted words.
    let run: Token[] = [];
    const flush = () => {
      const first = run[0];
      const last = run.at(-1);
      if (first && last) {
        const actual = sentence.text.slice(
          sentence.textStarts[sentence.tokens.indexOf(first)]!,
          sentence.textStarts[sentence.tokens.indexOf(last)]! + last.value.length,
        );
        const lower = actual.toLowerCase();
        const expected = first === sentence.words[0] ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
        report({
          start: first.start,
          end: last.end,
          reason: `Mot en majuscules « ${actual} » : écrivez-le en minuscules, « ${expected} ». Pour insister, mettez-le en gras.`,
          actual,
          expected: [expected],
        });
      }
      run = [];
    };
    for (const word of sentence.words) {
      if (kinds.get(word) === 'shouted') run.push(word);
      else flush();
    }
    flush();
  }
});
