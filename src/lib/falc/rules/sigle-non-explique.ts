/**
 * Signale la première utilisation d’un sigle (`MDPH`, `EHPAD`, `M.D.P.H.`)
 * qui n’est pas expliqué sur la page. Un sigle est expliqué :
 * - s’il est dans le glossaire du site (`content/glossaire/*.md`, champs
 *   `terme` et `formes`) : le site ajoute un lien vers sa définition ; un mot
 *   qui fait partie d’un terme de plusieurs mots du glossaire écrit dans la
 *   phrase (« EDEN » dans « EDEN 62 ») est expliqué par ce terme ;
 * - ou si une phrase de la page l’écrit avec ses mots en entier, comme
 *   « La MDPH est la Maison départementale des personnes handicapées. »
 *   (les initiales des mots, sans « de », « des », « la », « pour »…,
 *   donnent le sigle).
 *
 * Si l’explication vient plus loin que la première utilisation, la règle le
 * dit. Les sigles connus de tous (`SNCF`, `TV`, `SMS`…) ne sont pas signalés.
 *
 * Un mot en capitales est un sigle s’il n’est pas un mot courant crié (voir
 * `falc:majuscules` : accent, mot courant, voisin d’un mot crié).
 *
 * ## Pourquoi
 *
 * Un sigle est une suite de lettres qui ne dit rien à qui ne le connaît pas.
 * Le lecteur doit savoir ce qu’il veut dire la première fois qu’il le lit.
 *
 * ## Sources
 *
 * - Inclusion Europe, *L’information pour tous* : éviter les sigles, ou les
 *   écrire en entier ; expliquer les mots difficiles.
 * - Référentiel langage simplifié, critère RLS-6.7 : expliciter ce qui est
 *   difficile ; les sigles employés comme des mots (CAF) sont tolérés.
 *
 * ## Options
 *
 * - `connus` (défaut `[]`) : sigles à ne pas signaler, en plus de la liste
 *   intégrée (`data/mots-courants.ts`).
 */
import { acronymKey, classifyCapitals } from '../caps.ts';
import { EXPANSION_SKIPPED, KNOWN_ACRONYMS } from '../data/mots-courants.ts';
import { defineRule } from '../define-rule.ts';
import { glossaryTermWords } from '../glossary-terms.ts';
import { modelOf } from '../model.ts';
import type { Sentence, Token } from '../types.ts';
import { withoutElision, norm } from '../text.ts';

export default defineRule(
  'falc:sigle-non-explique',
  'nlcst',
  { connus: [] as string[] },
  ({ file, options, report }) => {
    const model = modelOf(file);
    const known = new Set(options.connus);
    const firstUse = new Map<string, { word: Token; sentenceIndex: number }>();
    const explainedAt = new Map<string, number>();

    model.sentences.forEach((sentence, sentenceIndex) => {
      let inGlossaryTerm: Set<Token> | undefined;
      for (const [word, kind] of classifyCapitals(sentence, model.glossaryExact)) {
        if (kind !== 'acronym') continue;
        if ((inGlossaryTerm ??= glossaryTermWords(model, sentence)).has(word)) continue;
        const key = acronymKey(word.value);
        if (key.length < 2 || known.has(key) || KNOWN_ACRONYMS.has(key) || model.glossaryExact.has(key)) continue;
        if (!firstUse.has(key)) firstUse.set(key, { word, sentenceIndex });
        if (!explainedAt.has(key) && explains(sentence, word, key)) explainedAt.set(key, sentenceIndex);
      }
    });

    for (const [key, { word, sentenceIndex }] of firstUse) {
      const explained = explainedAt.get(key);
      if (explained === undefined) {
        report({
          start: word.start,
          end: word.end,
          reason: `Sigle « ${key} » non expliqué : écrivez les mots en entier dans la même phrase, ou ajoutez le sigle au glossaire.`,
          actual: word.value,
        });
      } else if (explained > sentenceIndex) {
        report({
          start: word.start,
          end: word.end,
          reason: `Sigle « ${key} » expliqué plus loin : expliquez-le dès sa première utilisation.`,
          actual: word.value,
        });
      }
    }
  },
);

/** True when the other words of the sentence spell out the acronym by their initials. */
export function explains(sentence: Sentence, acronym: Token, key: string): boolean {
  const target = fold(key.toLowerCase());
  const initials = sentence.words
    .filter((word) => word !== acronym)
    .flatMap((word) => withoutElision(norm(word)).split('-'))
    .filter((part) => part !== '' && !EXPANSION_SKIPPED.has(part))
    .map((part) => fold(part[0]!))
    .join('');
  return initials.includes(target);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
