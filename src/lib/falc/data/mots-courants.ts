/**
 * Frequent French words. A word in capitals that is in this list is a
 * shouted word of ordinary language (`TRÈS IMPORTANT`, `ATTENTION`), not an
 * acronym (see `caps.ts`). Function words come first: one of them in a run
 * of capitals (`PROJET DE MANDAT`) is enough to tell the run is shouted.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `
  le la les l un une des de du d et ou où à au aux en dans pour par sur sous avec sans
  chez entre vers contre depuis pendant avant après ne pas plus moins très trop tout
  tous toute toutes rien jamais toujours encore déjà aussi bien mal non oui si mais donc
  car ni que qui quoi quand comme comment pourquoi il elle ils elles nous vous je tu on
  me te se ce cet cette ces ça cela ceci son sa ses leur leurs mon ma mes ton ta tes
  notre nos votre vos est sont être avoir a ont ai as avez avons fait faire peut peuvent
  doit doivent va vont dit dire voir vient venir ici là y lui eux moi toi même autre
  autres chaque quel quelle quels quelles
  attention important importante importants importantes urgent urgente interdit interdite
  gratuit gratuite gratuits obligatoire obligatoires danger stop merci bienvenue info
  infos information informations nouveau nouvelle nouveaux nouvelles aide aides
  maintenant vite bon bonne fin début rappel note avis demande projet projets mandat
  bilan étape édito sommaire rapport solidarité solidarités humaine humaines territoriale
  territoriales citoyenne citoyennes réussite réussites sommes êtes suis ai grand grande
  petit petite premier première dernier dernière partie chapitre titre page pages
  enfant enfants famille familles personne personnes jeune jeunes vie travail maison
  école collège santé argent emploi logement transport culture sport nature environnement
  ville villes village commune communes département région état pays france monde
  contact contacts adresse téléphone horaires ouvert ouverte fermé fermée lundi mardi
  mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
  août septembre octobre novembre décembre année années mois jour jours semaine heure
  heures oui non ok
  `.split(/\s+/).filter(Boolean),
);

/** Acronyms used as words that need no explanation (RLS glossary: « CAF, RATP »). */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'OK', 'TV', 'SMS', 'PDF', 'SNCF', 'RATP', 'SAMU', 'TGV', 'TER', 'RER', 'USB', 'WC',
  'GPS', 'ADN', 'DVD', 'CD', 'ONU', 'SIDA', 'COVID',
]);

/**
 * Words skipped when the initials of an expansion are matched to an acronym:
 * « Maison départementale des personnes handicapées » → M D P H.
 */
export const EXPANSION_SKIPPED: ReadonlySet<string> = new Set(
  'de du des d la le les l à au aux pour et en sur par un une'.split(' '),
);
