/**
 * Signale les temps difficiles :
 * - le subjonctif après « que » (« qu’il soit », « pour qu’elle puisse »),
 *   repéré par des formes qui ne sont que du subjonctif (`soit`, `ait`,
 *   `puisse`, `fasse`, `sache`…) ;
 * - le passé simple (`fut`, `fit`, `décidèrent`, formes en `-âmes`,
 *   `-âtes`…) ;
 * - le participe présent et le gérondif (`favorisant`, `en permettant`) :
 *   un mot en `-ant` qui n’est pas dans la liste des noms et adjectifs en
 *   `-ant` (`enfant`, `important`, `habitant`, `pendant`… : `data/verbes.ts`),
 *   ni dans un nom fait de deux mots (« fauteuil roulant ») ou dans un terme
 *   du glossaire (« accueillant familial », le nom d’un métier).
 *
 * « durent » n’est du passé simple (de « devoir ») que devant un infinitif
 * (« ils durent partir ») : « ces projets durent dans le temps » est le
 * présent de « durer ».
 *
 * ## Pourquoi
 *
 * Le présent est le temps le plus facile à comprendre. Le subjonctif, le
 * passé simple et le participe présent sont rares à l’oral : beaucoup de
 * lecteurs ne les reconnaissent pas.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-7.1 : le présent « si
 *   possible », pas de subjonctif, pas de participe présent. C’est un
 *   avertissement : la règle devine la grammaire avec des listes de mots.
 *
 * ## Options
 *
 * - `exceptions` (défaut `[]`) : mots en `-ant` à ne pas signaler, en
 *   minuscules, en plus de la liste intégrée.
 */
import {
  ANT_AFTER_NOUN,
  ANT_WORDS,
  ERENT_PRESENT,
  INFINITIVE_CLITICS,
  NOT_INFINITIVES,
  PASSE_SIMPLE_FORMS,
  PASSE_SIMPLE_OR_PRESENT,
  SUBJUNCTIVE_FORMS,
} from '../data/verbes.ts';
import { defineRule } from '../define-rule.ts';
import { glossaryTermWords } from '../glossary-terms.ts';
import { modelOf } from '../model.ts';
import { isFirstWord, startsUpper, withoutElision, norm } from '../text.ts';
import type { Token } from '../types.ts';

const PASSE_SIMPLE_ENDING = /\p{L}{2,}(?:èrent|âmes|âtes|îmes|îtes|ûmes|ûtes)$/u;
const NOT_PASSE_SIMPLE = new Set(['pâtes', 'gîtes', 'âmes', 'abîmes', 'cîmes', 'dîmes', 'hâtes', 'bâtes', 'mâtes', 'flûtes', 'bûmes']);

export default defineRule(
  'falc:temps-verbal',
  'nlcst',
  { exceptions: [] as string[] },
  ({ file, options, report }) => {
    const model = modelOf(file);
    const exceptions = new Set(options.exceptions);
    for (const sentence of model.sentences) {
      const words = sentence.words.map((word) => withoutElision(norm(word)));
      const raw = sentence.words.map((word) => norm(word));
      let inGlossaryTerm: Set<Token> | undefined;
      sentence.words.forEach((token, index) => {
        const word = words[index]!;
        const range = { start: token.start, end: token.end, actual: token.value };
        if (SUBJUNCTIVE_FORMS.has(word) && afterQue(raw, index)) {
          report({ ...range, reason: `Subjonctif « ${token.value} » : si possible, dites-le au présent, ou coupez la phrase en deux.` });
        } else if (isPasseSimple(word, raw, index)) {
          report({ ...range, reason: `Passé simple « ${token.value} » : utilisez le présent ou le passé composé.` });
        } else if (isPresentParticiple(word) && !exceptions.has(word) && !model.glossary.has(word)) {
          if (startsUpper(token.value) && !isFirstWord(sentence, token)) return;
          if (ANT_AFTER_NOUN.get(word)?.has(words[index - 1] ?? '')) return;
          if ((inGlossaryTerm ??= glossaryTermWords(model, sentence)).has(token)) return;
          const verb = (/^s['’]/i.test(token.value) ? "s'" : '') + conjugated(word);
          report({
            ...range,
            reason: `Participe présent « ${token.value} » : utilisez un verbe conjugué, par exemple « qui ${verb} ».`,
            expected: [`qui ${verb}`],
          });
        }
      });
    }
  },
);

function isPasseSimple(word: string, words: readonly string[], index: number): boolean {
  if (PASSE_SIMPLE_OR_PRESENT.has(word)) return beforeInfinitive(words, index);
  if (PASSE_SIMPLE_FORMS.has(word)) return true;
  return PASSE_SIMPLE_ENDING.test(word) && !ERENT_PRESENT.has(word) && !NOT_PASSE_SIMPLE.has(word);
}

/** True when an infinitive follows, past clitics (`durent partir`, `durent s’en aller`, `durent l’aider`). */
function beforeInfinitive(words: readonly string[], index: number): boolean {
  for (let next = index + 1; next < words.length; next++) {
    const word = withoutElision(words[next]!);
    if (word === '' || INFINITIVE_CLITICS.has(word)) continue;
    return looksInfinitive(word);
  }
  return false;
}

function looksInfinitive(word: string): boolean {
  return /^\p{L}+(?:er|ir|re|oir)$/u.test(word) && !NOT_INFINITIVES.has(word);
}

/** True when « que » / « qu’ » comes in the 4 words before (`qu’il soit`, `que ce soit`). */
function afterQue(words: readonly string[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    const word = words[back]!;
    if (word === 'que' || word.startsWith("qu'")) return true;
  }
  return false;
}

export function isPresentParticiple(word: string): boolean {
  return word.length >= 5 && word.endsWith('ant') && /^\p{L}+$/u.test(word) && !ANT_WORDS.has(word);
}

const IRREGULAR: Readonly<Record<string, string>> = {
  ayant: 'a', étant: 'est', faisant: 'fait', disant: 'dit', voulant: 'veut', pouvant: 'peut',
  sachant: 'sait', allant: 'va', recevant: 'reçoit', lisant: 'lit', écrivant: 'écrit',
  connaissant: 'connaît', offrant: 'offre', ouvrant: 'ouvre', devant: 'doit', voyant: 'voit',
};

/** Third-person present of a present participle, for the suggestion: `favorisant` → `favorise`. */
export function conjugated(participle: string): string {
  const known = IRREGULAR[participle];
  if (known) return known;
  const stem = participle.slice(0, -3);
  if (stem.endsWith('pren')) return stem.slice(0, -1) + 'd'; // comprenant → comprend
  if (stem.endsWith('en') && /(?:ten|ven)$/.test(stem)) return stem.slice(0, -2) + 'ient'; // obtenant → obtient
  if (stem.endsWith('ett')) return stem.slice(0, -1); // permettant → permet
  if (stem.endsWith('iv')) return stem.slice(0, -1) + 't'; // inscrivant → inscrit
  if (stem.endsWith('iss')) return stem.slice(0, -2) + 't'; // finissant → finit
  if (/(?:uis|ais)$/.test(stem)) return stem.slice(0, -1) + 't'; // produisant → produit
  if (stem.endsWith('ge')) return stem; // mangeant → mange
  if (stem.endsWith('ç')) return stem.slice(0, -1) + 'ce'; // commençant → commence
  if (stem.endsWith('y')) return stem.slice(0, -1) + 'ie'; // déployant → déploie
  return stem.replace(/é([^aeiouyéèê]+)$/, 'è$1') + 'e'; // intégrant → intègre
}
