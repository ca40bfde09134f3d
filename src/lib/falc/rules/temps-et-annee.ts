/**
 * Signale un verbe au présent dans une phrase datée d’une autre année que
 * l’année en cours :
 * - une année passée (« En 2016, des coulées de boue touchent la
 *   commune. ») : le passé composé est le temps du passé en FALC,
 *   « ont touché » ;
 * - une année à venir (« En 2028, le Département ouvre un collège. ») :
 *   un projet se dit avec « va » et l’infinitif, « va ouvrir ».
 *
 * La phrase est datée par « en » suivi d’une année, avec ou sans mois
 * (« en 2016 », « en mars 2016 »). « Depuis 2022 » n’est pas une date
 * passée : ce qui dure encore se dit au présent. Les verbes reconnus sont
 * ceux d’une liste (`REPORT_VERBS` de `src/lib/falc/data/verbes.ts`), et
 * seulement quand ils ne suivent pas un déterminant (« une aide », « le
 * vote » sont des noms). Une phrase qui a déjà un passé composé ou un
 * imparfait (« a aidé », « était ») n’est pas signalée.
 *
 * ## Pourquoi
 *
 * Un fait de 2016 raconté au présent fait croire au lecteur qu’il se passe
 * aujourd’hui. Le présent, le passé composé et le futur avec « aller »
 * suffisent : ce sont les temps de l’oral.
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, critère RLS-7.1 : écrire au présent si
 *   possible. Un fait daté du passé ne peut pas l’être sans devenir faux ;
 *   le passé composé est alors le temps du FALC publié : « Inclusion Europe
 *   a coordonné le projet », « Ce texte a été relu » (corpus de test,
 *   `tests/unit/falc/corpus/`).
 * - Inclusion Europe, *L’information pour tous* : des temps simples.
 * C’est un avertissement : la règle devine le temps avec une liste de verbes.
 *
 * ## Options
 *
 * - `anneeCourante` (défaut : l’année d’aujourd’hui) : les années avant
 *   elle sont passées, celles après elle sont à venir.
 */
import { MONTHS } from '../data/nombres.ts';
import { IRREGULAR_PARTICIPLES, PAST_AUXILIARIES, REPORT_VERBS, type ReportVerb } from '../data/verbes.ts';
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { norm } from '../text.ts';
import type { Token } from '../types.ts';

const BY_FORM = new Map<string, { verb: ReportVerb; plural: boolean }>();
for (const verb of REPORT_VERBS) {
  BY_FORM.set(verb.singular, { verb, plural: false });
  BY_FORM.set(verb.plural, { verb, plural: true });
}
const DETERMINERS = new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'chaque', 'au', 'aux']);
const MONTH_SET: ReadonlySet<string> = new Set(MONTHS);
const PARTICIPLE = /\p{L}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)$/u;
const IMPERFECT = /\p{L}{2,}(?:ait|aient)$/u;

export default defineRule(
  'falc:temps-et-annee',
  'nlcst',
  { anneeCourante: new Date().getFullYear() },
  ({ file, options, report }) => {
    for (const sentence of modelOf(file).sentences) {
      const lower = sentence.words.map((word) => norm(word));
      const year = datedYear(sentence.words, lower);
      if (year === undefined || year.value === options.anneeCourante) continue;
      if (tellsThePast(lower)) continue;
      const index = lower.findIndex((word, at) => BY_FORM.has(word) && !DETERMINERS.has(lower[at - 1] ?? '') && !lower[at - 1]?.endsWith("'"));
      if (index < 0) continue;
      const token = sentence.words[index]!;
      const { verb, plural } = BY_FORM.get(lower[index]!)!;
      const past = year.value < options.anneeCourante;
      const suggestion = past ? passeCompose(verb, plural) : `${plural ? 'vont' : 'va'} ${verb.infinitive}`;
      report({
        start: token.start,
        end: token.end,
        actual: token.value,
        expected: [suggestion],
        reason: past
          ? `Verbe au présent « ${token.value} » pour un fait de ${year.text} : racontez le passé au passé composé, par exemple « ${suggestion} ».`
          : `Verbe au présent « ${token.value} » pour un projet de ${year.text} : dites-le avec « va » et l’infinitif, par exemple « ${suggestion} ».`,
      });
    }
  },
);

/** The year of « en 2016 » or « en mars 2016 » in the sentence, if any. */
function datedYear(words: readonly Token[], lower: readonly string[]): { value: number; text: string } | undefined {
  for (let index = 0; index < lower.length; index++) {
    if (lower[index] !== 'en') continue;
    const at = MONTH_SET.has(lower[index + 1] ?? '') ? index + 2 : index + 1;
    const candidate = words[at];
    if (!candidate || !/^\d{4}$/.test(candidate.value)) continue;
    return { value: Number(candidate.value), text: lower.slice(index + 1, at + 1).join(' ') };
  }
  return undefined;
}

/** A passé composé (« a aidé », « ont été ») or an imparfait (« était ») already tells the past. */
function tellsThePast(lower: readonly string[]): boolean {
  return lower.some((word, index) => {
    if (IMPERFECT.test(word)) return true;
    if (!PAST_AUXILIARIES.has(word)) return false;
    return lower.slice(index + 1, index + 4).some((next) => IRREGULAR_PARTICIPLES.has(next) || next === 'été' || next === 'eu' || PARTICIPLE.test(next));
  });
}

function passeCompose(verb: ReportVerb, plural: boolean): string {
  if (verb.etre) return `${plural ? 'sont' : 'est'} ${verb.participle}${plural ? 's' : ''}`;
  return `${plural ? 'ont' : 'a'} ${verb.participle}`;
}
