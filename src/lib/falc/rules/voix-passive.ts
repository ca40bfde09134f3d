/**
 * Signale la voix passive : une forme de « être » (`est`, `sont`, `a été`,
 * `sera`…) suivie d’un participe passé (`aidé`, `aidées`, `pris`, `choisi`),
 * avec au plus quelques petits mots entre les deux (« est très bien aidé »).
 *
 * Ne sont pas signalés : les verbes qui se conjuguent avec « être » sans
 * être passifs (« est allé », « est né », « est devenu »), les verbes
 * pronominaux (« s’est inscrit », « se sont réunis »), et quelques
 * adjectifs courants (« est situé », « est âgé », « est handicapé » quand
 * « par » ne suit pas).
 *
 * ## Pourquoi
 *
 * À la voix active, la phrase dit d’abord qui fait l’action :
 * « Le Département aide les familles » plutôt que « Les familles sont aidées
 * par le Département ». Le lecteur sait tout de suite qui agit.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-7.3 : la voix active « si
 *   possible ».
 * - Inclusion Europe, *L’information pour tous* : des verbes à la forme
 *   active. C’est un avertissement : la règle devine la grammaire avec des
 *   listes de mots.
 *
 * ## Options
 *
 * Aucune.
 */
import { ADJECTIVE_PARTICIPLES, ETRE_FORMS, ETRE_VERBS_ACTIVE, IRREGULAR_PARTICIPLES, PASSIVE_FILLERS } from '../data/verbes.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { withoutElision, norm } from '../text.ts';

const REGULAR_PARTICIPLE = /^\p{L}{2,}é(?:e|s|es)?$/u;

export default defineRule('falc:voix-passive', 'nlcst', {}, ({ file, report }) => {
  for (const sentence of modelOf(file).sentences) {
    const words = sentence.words.map((word) => norm(word));
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (word === "c'est" || /^[smt]'/.test(word)) continue;
      if (!ETRE_FORMS.has(withoutElision(word))) continue;
      const previous = words[index - 1];
      if (previous === 'se' || previous === 'me' || previous === 'te') continue;
      if ((previous === 'nous' || previous === 'vous') && words[index - 2] === previous) continue;
      let next = index + 1;
      while (next < words.length && PASSIVE_FILLERS.has(words[next]!) && next - index <= 3) next++;
      const participle = words[next];
      if (participle === undefined || ETRE_VERBS_ACTIVE.has(participle)) continue;
      if (ADJECTIVE_PARTICIPLES.has(participle) && words[next + 1] !== 'par') continue;
      if (!IRREGULAR_PARTICIPLES.has(participle) && !REGULAR_PARTICIPLE.test(participle)) continue;
      const first = sentence.words[index]!;
      const last = sentence.words[next]!;
      const actual = `${first.value} ${next > index + 1 ? '… ' : ''}${last.value}`;
      report({
        start: first.start,
        end: last.end,
        reason: `Voix passive « ${actual} » : si possible, dites qui fait l’action au début de la phrase.`,
        actual,
      });
      index = next;
    }
  }
});
