/**
 * Signale une page qui cite trop de noms propres ou de noms de programmes :
 * plus de `max` (6) noms différents (villes, lieux, personnes, associations,
 * actions : « PolliConnect », « Nœux Environnement », « Parc d’Olhain »).
 * Le message est posé sur le premier nom de trop et donne la liste.
 *
 * Un nom est une suite de mots qui commencent par une capitale (avec « de »,
 * « du », « la »… entre eux : « Comité du Détroit ») ; le premier mot d’une
 * phrase ne compte que s’il fait partie d’un nom (« Nous Aussi agit »), pas
 * s’il n’y est collé que par un petit mot (« Alors le Département ») ou
 * devant l’article d’un nom (« Visiter La Coupole » : « La Coupole »). Ne
 * comptent pas : les noms du glossaire (expliqués par un lien : « EDEN 62 »,
 * « Maisons du Département solidarité », « Budget citoyen ») et les noms de `connus`
 * (le Département, l’État…). Un mot courant du glossaire n’explique pas un
 * nom : « Ambitions jeunes » compte, même si « ambitions » est expliqué.
 *
 * Le seuil vient d’une mesure : dans les textes FALC publiés du corpus de
 * test (`tests/unit/falc/corpus/`), une page cite 2 à 5 noms (5 : les
 * acteurs du projet européen dans la présentation de l’Unapei). Le rapport
 * FALC en cite 0 à 15 par page (médiane 3), 10 pages en citent plus de 6.
 *
 * ## Pourquoi
 *
 * Chaque nom propre est une chose de plus à retenir, sans mot connu pour
 * aider. Au-delà d’une poignée, le lecteur ne sait plus lesquels comptent.
 * Un mot de tous les jours suffit souvent : « une ville près de
 * Saint-Omer », « une association ».
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, test RLS-6.6.2 : pas d’informations
 *   inutiles qui créent de la confusion.
 * - Unapei, *L’information pour tous* : ne donner que les informations
 *   importantes.
 *
 * ## Options
 *
 * - `max` (défaut `6`) : nombre de noms permis par page.
 * - `connus` (défaut `['Département', 'État', 'France', 'Europe', 'Internet']`) :
 *   noms que tout lecteur du site connaît, non comptés.
 */
import { defineRule } from '../define-rule.ts';
import { modelOf } from '../model.ts';
import { properNames } from '../proper-names.ts';

export default defineRule(
  'falc:noms-propres',
  'nlcst',
  { max: 6, connus: ['Département', 'État', 'France', 'Europe', 'Internet'] },
  ({ file, options, report }) => {
    const names = properNames(modelOf(file), new Set(options.connus.map((name) => name.toLowerCase())));
    if (names.length <= options.max) return;
    const extra = names[options.max]!;
    report({
      start: extra.first.start,
      end: extra.last.end,
      reason: `Page avec ${names.length} noms propres ou noms de programmes (${names.map((name) => name.name).join(', ')}) : ${options.max} au plus. Gardez ceux dont le lecteur a besoin, dites les autres avec des mots de tous les jours.`,
      actual: extra.name,
    });
  },
);
