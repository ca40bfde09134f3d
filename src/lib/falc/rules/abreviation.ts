/**
 * Signale les abréviations (`M.`, `Mme`, `etc.`, `p. ex.`, `cf.`, `n°`,
 * `art.`, `env.`, `c.-à-d.`, `tél.`, `k€`, `M€`, `RDV`…) et propose le mot
 * en entier. La liste est dans `src/lib/falc/data/abreviations.ts`.
 *
 * ## Pourquoi
 *
 * Une abréviation oblige le lecteur à connaître le mot caché derrière.
 * Le mot en entier se lit sans effort.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-6.4 (test 6.4.1 : pas
 *   d’abréviations ni de contractions).
 * - Inclusion Europe, *L’information pour tous* : écrire le mot en entier.
 *
 * ## Options
 *
 * Aucune.
 */
import { ABBREVIATIONS, type Abbreviation } from '../data/abreviations.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { startsUpper, withoutElision } from '../text.ts';

const BY_FORM = new Map<string, Abbreviation>();
for (const abbreviation of ABBREVIATIONS) {
  for (const form of abbreviation.forms) BY_FORM.set(form, abbreviation);
}

export default defineRule('falc:abreviation', 'nlcst', {}, ({ file, report }) => {
  for (const sentence of modelOf(file).sentences) {
    const { words } = sentence;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      const next = words[index + 1];
      // Two-word forms: `p. ex.`, `par ex.`.
      const pair = next ? `${word.value} ${next.value}` : undefined;
      let found = pair !== undefined ? BY_FORM.get(pair) : undefined;
      let end = found && next ? next.end : word.end;
      let actual = found ? pair! : word.value;
      if (!found) {
        actual = withoutElision(word.value);
        found = BY_FORM.get(actual);
        end = word.end;
      }
      if (!found) continue;
      if (found.beforeName && !(next && startsUpper(next.value))) continue;
      report({
        start: word.start,
        end,
        reason: `Abréviation « ${actual} » : ${found.advice ?? `écrivez le mot en entier, « ${found.expanded} ».`}`,
        actual,
        expected: [found.expanded],
      });
      if (end !== word.end) index++;
    }
  }
});
