/**
 * Signale une page écrite « à la limite » : des phrases qui restent juste
 * sous la limite de `falc:phrase-longue` au lieu d’être courtes. Sur une
 * page d’au moins `minimum` phrases (10), la règle avertit quand :
 * - au moins `partLimiteMax` (40 %) des phrases ont de 10 à 12 mots (les
 *   `bande` mots sous la limite de 12) ;
 * - ou moins de `partCourteMin` (15 %) des phrases ont `court` mots ou
 *   moins (6).
 *
 * Sont comptées les phrases des paragraphes, sans les titres ni les
 * éléments de liste (courts par nature). Le message donne la médiane.
 *
 * ## Mesures
 *
 * Textes FALC publiés du corpus de test (`tests/unit/falc/corpus/`, 3
 * extraits, 29 phrases hors listes) : 21 % des phrases ont 6 mots ou
 * moins, 28 % de 7 à 9 mots, 28 % de 10 à 12 mots, 24 % plus de 12,
 * médiane 10 ; la seule page de 10 phrases ou
 * plus (Vedia, « Le FALC, c’est quoi ? ») a 20 % de phrases courtes et 33 %
 * de 10 à 12 mots. En comptant aussi les éléments de liste, elle a 50 % de
 * phrases de 6 mots ou moins.
 *
 * Rapport FALC (1 216 phrases) : 20 % de 6 mots ou moins, 43 % de 7 à 9,
 * 37 % de 10 à 12 mots, aucune au-delà de 12, médiane 9 : les phrases
 * s’entassent sous la limite ;
 * 19 pages ont 40 % ou plus de phrases de 10 à 12 mots, et 16 ont moins de
 * 15 % de phrases courtes.
 *
 * Les seuils laissent passer le FALC publié avec une marge (33 % < 40 % ;
 * 20 % > 15 %) et signalent les pages où l’entassement est le plus net. Ce
 * n’est qu’un avertissement : une page de 10 phrases change vite de
 * pourcentage.
 *
 * ## Pourquoi
 *
 * Une limite de 12 mots n’est pas un but. Un texte facile à lire a beaucoup
 * de phrases très courtes (« Le Département aide les familles. »). Des
 * phrases toutes à 11 mots respectent la règle mais se lisent lentement.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-4.1 : des phrases courtes,
 *   une seule idée par phrase.
 * - Inclusion Europe, *L’information pour tous* : des phrases courtes.
 *
 * ## Options
 *
 * - `minimum` (défaut `10`) : nombre de phrases à partir duquel la page est mesurée.
 * - `court` (défaut `6`) : une phrase courte a ce nombre de mots ou moins.
 * - `partCourteMin` (défaut `0.15`).
 * - `limite` (défaut `12`) et `bande` (défaut `3`) : les phrases de
 *   `limite − bande + 1` à `limite` mots sont « à la limite ».
 * - `partLimiteMax` (défaut `0.4`).
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { lengthProfile, proseSentences } from '../sentence-lengths.ts';

const percent = (share: number) => `${Math.round(share * 100)} %`;

export default defineRule(
  'falc:phrases-a-la-limite',
  'nlcst',
  { minimum: 10, court: 6, partCourteMin: 0.15, limite: 12, bande: 3, partLimiteMax: 0.4 },
  ({ file, options, report }) => {
    const sentences = proseSentences(modelOf(file));
    if (sentences.length < options.minimum) return;
    const profile = lengthProfile(sentences, options.court);
    const low = options.limite - options.bande + 1;
    const nearLimit = sentences.filter((sentence) => sentence.wordCount >= low && sentence.wordCount <= options.limite).length / sentences.length;
    if (nearLimit < options.partLimiteMax && profile.shortShare >= options.partCourteMin) return;
    const first = sentences[0]!;
    report({
      start: first.start,
      end: first.end,
      reason:
        `Phrases écrites à la limite : sur ${sentences.length} phrases, ${percent(nearLimit)} ont de ${low} à ${options.limite} mots ` +
        `et ${percent(profile.shortShare)} ont ${options.court} mots ou moins (médiane : ${String(profile.median).replace('.', ',')} mots). ` +
        `Coupez les phrases qui disent deux choses : le FALC publié a plus de phrases très courtes.`,
    });
  },
);
