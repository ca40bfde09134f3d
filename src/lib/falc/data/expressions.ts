/**
 * Idioms and figures of speech: phrases whose words do not say what they mean
 * (« mettre à l'honneur », « garder le silence », « ça marche » for a service,
 * « une richesse » for people), with plain words to say it. The project's own
 * list, like `jargon.ts`; matched by `falc:expression-imagee`.
 *
 * Only phrases that are figurative in every context a report would use them
 * are listed: « ouvrir les portes » (a real door?) or « sur le terrain » (a
 * football pitch?) are left out, so that a literal sentence is never flagged.
 */
export interface IdiomEntry {
  /** Forms, lower case, apostrophes straight; several words allowed. */
  forms: string[];
  /** Plain words to suggest. */
  plain: string[];
}

/** Forms of the verbs the idioms use: infinitive, present (3rd person), participles, near future. */
const VERBS: Readonly<Record<string, readonly string[]>> = {
  mettre: ['mettre', 'met', 'mettent', 'mis', 'mise', 'mises', 'mettons', 'mettez'],
  garder: ['garder', 'garde', 'gardent', 'gardé', 'gardée', 'gardés', 'gardons', 'gardez'],
  donner: ['donner', 'donne', 'donnent', 'donné', 'donnée', 'donnons', 'donnez'],
  jouer: ['jouer', 'joue', 'jouent', 'joué', 'jouons', 'jouez'],
  ouvrir: ['ouvrir', 'ouvre', 'ouvrent', 'ouvert', 'ouverte', 'ouvrons', 'ouvrez'],
  tisser: ['tisser', 'tisse', 'tissent', 'tissé', 'tissés', 'tissons', 'tissez'],
  briser: ['briser', 'brise', 'brisent', 'brisé', 'brisons', 'brisez'],
  rompre: ['rompre', 'rompt', 'rompent', 'rompu', 'rompons', 'rompez'],
  lever: ['lever', 'lève', 'lèvent', 'levé', 'levés', 'levons', 'levez'],
  tourner: ['tourner', 'tourne', 'tournent', 'tourné', 'tournons', 'tournez'],
  passer: ['passer', 'passe', 'passent', 'passé', 'passons', 'passez'],
  monter: ['monter', 'monte', 'montent', 'monté', 'montée', 'montons', 'montez'],
  tirer: ['tirer', 'tire', 'tirent', 'tiré', 'tirons', 'tirez'],
  prendre: ['prendre', 'prend', 'prennent', 'pris', 'prise', 'prenons', 'prenez'],
};

/** Every form of `verb` followed by `rest`: `verb('mettre', "à l'honneur")`. */
function verb(infinitive: string, rest: string): string[] {
  return (VERBS[infinitive] ?? [infinitive]).map((form) => `${form} ${rest}`);
}

export const IDIOMS: IdiomEntry[] = [
  { forms: verb('mettre', "à l'honneur"), plain: ['montrer', 'parler de'] },
  { forms: verb('mettre', 'en lumière'), plain: ['montrer'] },
  { forms: verb('mettre', 'en avant'), plain: ['montrer', 'dire que c’est important'] },
  { forms: verb('mettre', 'la main à la pâte'), plain: ['aider', 'participer'] },
  { forms: verb('garder', 'le silence'), plain: ['ne rien dire'] },
  { forms: ['ça marche', 'il marche', 'elle marche', 'ils marchent', 'elles marchent', 'marche bien', 'marchent bien', 'marche mal', 'marchent mal'], plain: ['fonctionne', 'est utile'] },
  { forms: ['une richesse', 'une vraie richesse', 'une grande richesse', 'une belle richesse'], plain: ['utile', 'important', 'une chose qui aide'] },
  { forms: ['coup de pouce', 'coups de pouce'], plain: ['aide'] },
  { forms: ['coup de main', 'coups de main'], plain: ['aide'] },
  { forms: ['feuille de route', 'feuilles de route'], plain: ['plan', 'liste de ce qu’il faut faire'] },
  { forms: ['boîte à outils', 'boîtes à outils'], plain: ['des outils', 'des conseils'] },
  { forms: ['fer de lance'], plain: ['le plus important'] },
  { forms: ['pierre angulaire'], plain: ['la base', 'le plus important'] },
  { forms: ['au cœur de', 'au cœur du', 'au cœur des', "au cœur d'", 'au coeur de', 'au coeur du', 'au coeur des'], plain: ['au centre de', 'le plus important pour'] },
  { forms: ["porte d'entrée", "portes d'entrée"], plain: ['le premier lieu où aller'] },
  { forms: ["trait d'union"], plain: ['lien'] },
  { forms: ['chef de file', 'chefs de file'], plain: ['responsable', 'qui dirige'] },
  { forms: ['main dans la main'], plain: ['ensemble'] },
  { forms: verb('ouvrir', 'la voie'), plain: ['permettre', 'rendre possible'] },
  { forms: [...verb('tisser', 'des liens'), ...verb('tisser', 'du lien')], plain: ['se rencontrer', 'créer des relations'] },
  { forms: [...verb('briser', "l'isolement"), ...verb('rompre', "l'isolement")], plain: ['aider les personnes seules à voir du monde'] },
  { forms: verb('lever', 'les freins'), plain: ['enlever les problèmes'] },
  { forms: verb('tourner', 'la page'), plain: ['changer', 'oublier'] },
  { forms: verb('passer', 'le relais'), plain: ['laisser la place', 'donner le travail à une autre personne'] },
  { forms: verb('monter', 'en puissance'), plain: ['grandir', 'augmenter'] },
  { forms: verb('tirer', 'son épingle du jeu'), plain: ['réussir'] },
  { forms: verb('prendre', 'le pouls'), plain: ['demander l’avis', 'regarder comment ça va'] },
  { forms: verb('prendre', 'le virage'), plain: ['changer'] },
  { forms: verb('donner', 'vie à'), plain: ['créer', 'faire exister'] },
  { forms: ["bouffée d'oxygène"], plain: ['pause', 'aide'] },
  { forms: ['en première ligne'], plain: ['les premiers concernés', 'les premiers à agir'] },
  { forms: ['à portée de main'], plain: ['tout près', 'facile à avoir'] },
  { forms: ['poumon vert'], plain: ['grand parc', 'forêt'] },
  { forms: ['cœur de métier', 'coeur de métier'], plain: ['métier principal'] },
  { forms: ['projet phare', 'projets phares', 'action phare', 'actions phares', 'mesure phare', 'mesures phares'], plain: ['projet important', 'action principale'] },
  { forms: ['à bras ouverts'], plain: ['avec gentillesse'] },
  { forms: ['le vent en poupe'], plain: ['marche bien', 'a du succès'] },
];
