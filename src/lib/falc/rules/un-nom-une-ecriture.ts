/**
 * Signale un nom écrit de deux façons dans le rapport FALC : « Pépites 62 » et
 * « Pépites62 », « EDEN 62 » et « Eden 62 », « MonJob62 » et « Monjob62 »,
 * « Pas-de-Calais » et « Pas de Calais ». Deux écritures sont un même nom
 * quand elles ont les mêmes lettres et les mêmes chiffres, sans compter les
 * majuscules, les espaces, les traits d’union et les apostrophes.
 *
 * La règle compare toutes les pages FALC, les textes de leur en-tête (titre,
 * description, questions, chiffres clés) et les explications FALC du
 * glossaire : la vérification du contenu (`npm run lint:content`, la
 * construction, l’aperçu) et `npm run lint:falc` sans chemin donnent à chaque
 * texte les écritures de tous les autres ; `npm run lint:falc` avec des chemins
 * compare les textes des pages données. Chaque écriture qui n’est pas
 * la plus employée est signalée, avec l’endroit d’une autre écriture ; à
 * égalité, chacune est signalée.
 *
 * Seules les écritures qui ont une forme de nom sont comparées : des lettres
 * et des chiffres collés (« Ingénierie62 »), une majuscule dans le mot
 * (« MonJob », « EDEN », « Pas-de-Calais »), un mot avec une majuscule suivi
 * d’un nombre (« Pépites 62 »). Un mot avec une majuscule (« Eden ») ou une
 * suite de ces mots (« Pas de Calais ») n’est comparé qu’à une écriture qui a
 * une forme de nom. Une écriture tout en minuscules sans chiffre n’est pas un
 * nom : « aux arbres 62 » et « Aux Arbres 62 » ne sont pas comparés.
 *
 * ## Pourquoi
 *
 * Le lecteur reconnaît un nom à sa forme. Écrit de deux façons, un nom
 * devient deux noms : le lecteur croit qu’il s’agit de deux choses
 * différentes, ou ne retrouve pas le nom qu’il a appris.
 *
 * ## Sources
 *
 * - Inclusion Europe, *L’information pour tous* : utiliser toujours le même
 *   mot pour parler de la même chose, dans tout le document. Un nom écrit de
 *   deux façons est, pour le lecteur, deux mots.
 *
 * ## Options
 *
 * Aucune.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { isNameWrittenTwoWays, nameSpellings, type NameSpelling, type PlacedSpelling } from '../name-spellings.ts';

export default defineRule('falc:un-nom-une-ecriture', 'nlcst', {}, ({ file, report }) => {
  const own = nameSpellings(modelOf(file));
  if (own.length === 0) return;
  const elsewhere = byKey(file.data.falcNames ?? []);
  for (const [key, mine] of byKey(own)) {
    const others = elsewhere.get(key) ?? [];
    const all: Array<NameSpelling | PlacedSpelling> = [...mine, ...others];
    if (!isNameWrittenTwoWays(all)) continue;
    const counts = new Map<string, number>();
    for (const { spelling } of all) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
    const most = Math.max(...counts.values());
    const usual = [...counts].filter(([, count]) => count === most);
    const usualSpelling = usual.length === 1 ? usual[0]![0] : undefined;
    for (const occurrence of mine) {
      if (occurrence.spelling === usualSpelling) continue;
      const other = usualSpelling ?? [...counts.keys()].find((spelling) => spelling !== occurrence.spelling)!;
      const place = others.find((entry) => entry.spelling === other);
      const where = place ? `dans ${place.file}:${place.line}` : 'ailleurs dans ce texte';
      const advice = usualSpelling
        ? `écrivez-le toujours « ${usualSpelling} », l’écriture la plus employée (${most} fois sur ${all.length})`
        : 'choisissez une écriture et gardez-la partout';
      report({
        start: occurrence.start,
        end: occurrence.end,
        reason: `Nom écrit de deux façons : « ${occurrence.spelling} » ici, « ${other} » ${where}. Le lecteur reconnaît un nom à sa forme : ${advice}.`,
        actual: occurrence.spelling,
        expected: [other],
      });
    }
  }
});

function byKey<T extends { key: string }>(spellings: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const spelling of spellings) {
    const list = map.get(spelling.key);
    if (list) list.push(spelling);
    else map.set(spelling.key, [spelling]);
  }
  return map;
}
