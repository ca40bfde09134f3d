/**
 * French number words and their value, for `falc:nombre-en-lettres` [RLS-5.1].
 * « un », « une » are left out (also articles), « neuf » too (also « new »).
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, nonante: 90, cent: 100, cents: 100, mille: 1000,
};

/** Parts allowed inside a compound number (« vingt-et-un », « quatre-vingt-neuf »). */
export const NUMBER_PARTS: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS, un: 1, une: 1, neuf: 9, et: 0,
};

/** Denominators of fractions written in words (« deux tiers », « trois quarts ») and their value. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['tiers', 3], ['quart', 4], ['quarts', 4], ['cinquième', 5], ['cinquièmes', 5], ['sixième', 6], ['sixièmes', 6],
  ['septième', 7], ['septièmes', 7], ['huitième', 8], ['huitièmes', 8], ['neuvième', 9], ['neuvièmes', 9],
  ['dixième', 10], ['dixièmes', 10], ['centième', 100], ['centièmes', 100],
]);

/** Words for very big numbers, always a `falc:grand-nombre` [RLS-5.2]. */
export const BIG_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'million', 'millions', 'milliard', 'milliards', 'billion', 'billions',
]);

/**
 * Nouns that make a four-digit number a quantity, not a year
 * (« 2000 euros » is a big number, « en 2000 » a year).
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  '€', 'euro', 'euros', 'k€', 'habitant', 'habitants', 'personne', 'personnes',
  'place', 'places', 'enfant', 'enfants', 'jeune', 'jeunes', 'élève', 'élèves',
  'collégien', 'collégiens', 'logement', 'logements', 'emploi', 'emplois',
  'bénéficiaire', 'bénéficiaires', 'allocataire', 'allocataires', 'agent',
  'agents', 'heure', 'heures', 'jour', 'jours', 'km', 'kilomètre', 'kilomètres',
  'mètre', 'mètres', 'm', 'm²', 'm2', 'ha', 'hectare', 'hectares', 'tonne',
  'tonnes', 'arbre', 'arbres', 'dossier', 'dossiers', 'famille', 'familles',
  'foyer', 'foyers', 'projet', 'projets', 'aide', 'aides', 'visiteur', 'visiteurs',
  'participant', 'participants', 'salarié', 'salariés', 'association', 'associations',
  'commune', 'communes', 'repas', 'ordinateur', 'ordinateurs', 'livre', 'livres',
  'fois', 'an', 'ans', 'mois', 'semaine', 'semaines', 'lit', 'lits',
]);

export const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
  'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** Words after which a number of 4 digits is a year (« en 1811 », « depuis 2022 », « fin 2024 », « mars 2024 »). */
export const BEFORE_YEAR: ReadonlySet<string> = new Set([
  'en', "jusqu'en", 'depuis', 'dès', "d'ici", 'vers', 'avant', 'après', 'fin', 'début', 'mi', 'milieu', 'courant',
  'printemps', 'été', 'automne', 'hiver', 'rentrée', 'année', "l'année", 'an', "l'an", 'saison', ...MONTHS,
]);

/** Small words that join a year to another one (« de 2022 à 2027 », « en 2022 et 2023 », « entre 2022 et 2024 »). */
export const BETWEEN_YEARS: ReadonlySet<string> = new Set(['à', 'au', 'et', 'ou', "jusqu'à", "jusqu'en"]);
