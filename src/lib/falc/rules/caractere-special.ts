/**
 * Signale les caractères spéciaux dans le texte : `&` `<` `>` `#` `§` `*`
 * `/` `\` `|` `+` `=` `@` `~` `^` `_`. Les adresses web et les adresses
 * de courriel écrites telles quelles ne sont pas lues par cette règle ; les
 * dates `12/03/2024` sont laissées à `falc:date-numerique`.
 *
 * ## Pourquoi
 *
 * Beaucoup de lecteurs ne connaissent pas ces signes ou ne savent pas les
 * lire à voix haute. Un mot les remplace : « et », « plus de », « ou ».
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-5.4 : pas de caractères
 *   spéciaux. La liste (`& < > # § * /`) est celle du projet.
 *
 * ## Options
 *
 * - `caracteres` (défaut : les caractères de la liste ci-dessus, en une
 *   chaîne) : les caractères signalés.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';

const WORDS: Readonly<Record<string, string>> = {
  '&': 'et',
  '<': 'moins de',
  '>': 'plus de',
  '#': 'numéro',
  '§': 'paragraphe',
  '/': 'ou',
  '+': 'plus',
  '=': 'égale',
};

export default defineRule(
  'falc:caractere-special',
  'nlcst',
  { caracteres: '&<>#§*/\\|+=@~^_' },
  ({ file, options, report }) => {
    const wanted = new Set(options.caracteres);
    for (const sentence of modelOf(file).sentences) {
      for (const token of sentence.tokens) {
        if (token.kind === 'word' || token.kind === 'space' || token.kind === 'source') {
          // Inside a word, only a slash that is not part of a date (`et/ou`, `km/h`).
          if (token.kind === 'word' && token.value.includes('/') && !/\d/.test(token.value) && wanted.has('/')) {
            const at = token.start + token.value.indexOf('/');
            report(special('/', at));
          }
          continue;
        }
        for (let index = 0; index < token.value.length; index++) {
          const character = token.value[index]!;
          if (wanted.has(character)) report(special(character, token.start + index));
        }
      }
    }
  },
);

function special(character: string, at: number) {
  const word = WORDS[character];
  return {
    start: at,
    end: at + 1,
    reason: word
      ? `Caractère spécial « ${character} » : écrivez « ${word} » ou tournez la phrase autrement.`
      : `Caractère spécial « ${character} » : enlevez-le ou écrivez-le avec des mots.`,
    actual: character,
    ...(word ? { expected: [word] } : {}),
  };
}
