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
