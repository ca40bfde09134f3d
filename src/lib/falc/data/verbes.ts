/** Word lists for the grammar rules (negation, passive voice, tense). */

/** Forms of « être » that build a passive (`est aidé`, `a été aidé`, `sera aidé`). */
export const ETRE_FORMS: ReadonlySet<string> = new Set([
  'est', 'sont', 'suis', 'es', 'sommes', 'êtes', 'était', 'étaient', 'étais', 'étions', 'étiez',
  'sera', 'seront', 'serai', 'serons', 'serez', 'serait', 'seraient', 'été', 'être', 'soit', 'soient',
  'fut', 'furent', "c'est",
]);

/** Words that may sit between « être » and the participle (`est très bien aidé`). */
export const PASSIVE_FILLERS: ReadonlySet<string> = new Set([
  'pas', 'plus', 'bien', 'très', 'déjà', 'aussi', 'toujours', 'souvent', 'encore', 'parfois',
  'mieux', 'vraiment', 'tout', 'jamais', 'été',
]);

/** Verbs conjugated with « être » that are not passive (`est allé`, `est né`). */
export const ETRE_VERBS_ACTIVE: ReadonlySet<string> = new Set(
  `allé allée allés allées venu venue venus venues né née nés nées mort morte morts mortes
  resté restée restés restées devenu devenue devenus devenues arrivé arrivée arrivés arrivées
  parti partie partis parties entré entrée entrés entrées sorti sortie sortis sorties
  monté montée montés montées descendu descendue descendus descendues tombé tombée tombés tombées
  retourné retournée retournés retournées rentré rentrée rentrés rentrées passé passée passés passées
  revenu revenue revenus revenues décédé décédée décédés décédées apparu apparue apparus apparues
  intervenu intervenue intervenus intervenues parvenu parvenue parvenus parvenues
  été âgé âgée âgés âgées situé située situés situées ici aussi ainsi parmi midi lundi mardi
  mercredi jeudi vendredi samedi celui lui qui aujourd'hui oui fini ravi ravie ravis ravies
  prêt prête prêts prêtes fort forte forts fortes content contente contents contentes
  possible impossible utile facile difficile`.split(/\s+/).filter(Boolean),
);

/**
 * Participles used as adjectives after « être » (« Monsieur Serge est
 * handicapé »): a passive only when « par » says who acts (« est handicapé
 * par le bruit »).
 */
export const ADJECTIVE_PARTICIPLES: ReadonlySet<string> = new Set(
  `handicapé handicapée handicapés handicapées`.split(/\s+/).filter(Boolean),
);

/** Irregular past participles (not ending in `-é`). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  `fait faite faits faites pris prise prises mis mise mises dit dite dits dites écrit écrite écrits
  écrites ouvert ouverte ouverts ouvertes offert offerte offerts offertes construit construite
  construits construites produit produite produits produites conduit conduite conduits conduites
  permis permise permises admis admise admises reçu reçue reçus reçues vu vue vus vues vendu vendue
  vendus vendues rendu rendue rendus rendues élu élue élus élues soutenu soutenue soutenus soutenues
  tenu tenue tenus tenues compris comprise comprises inscrit inscrite inscrits inscrites prévu prévue
  prévus prévues acquis acquise acquises promis promise promises transmis transmise transmises remis
  remise remises couvert couverte couverts couvertes découvert découverte découverts découvertes
  choisi choisie choisis choisies réuni réunie réunis réunies établi établie établis établies
  accueilli accueillie accueillis accueillies investi investie investis investies saisi saisie saisis
  saisies connu connue connus connues entendu entendue entendus entendues attendu attendue attendus
  attendues retenu retenue retenus retenues obtenu obtenue obtenus obtenues maintenu maintenue
  maintenus maintenues résolu résolue résolus résolues repris reprise repris reprises
  atteint atteinte atteints atteintes rempli remplie remplis remplies servi servie servis servies
  suivi suivie suivis suivies soumis soumise soumises inclus incluse incluses exclu exclue exclus exclues
  dû due dus dues lu lue lus lues battu battue battus battues perdu perdue perdus perdues
  interdit interdite interdits interdites`.split(/\s+/).filter(Boolean),
);

/** Words that make the sentence negative together with « ne » / « n’ ». */
export const NEGATION_PARTICLES: ReadonlySet<string> = new Set([
  'pas', 'plus', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'guère', 'nullement', 'ni', 'nulle', 'point',
]);

/** Negative words on their own. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['sans', 'aucun', 'aucune', 'jamais', 'nul', 'nulle']);

/** Unambiguous subjunctive forms (not also indicative). */
export const SUBJUNCTIVE_FORMS: ReadonlySet<string> = new Set(
  `soit soient sois soyons soyez ait aient aies ayons ayez puisse puisses puissent puissions puissiez
  fasse fasses fassent fassions fassiez sache saches sachent sachions aille ailles aillent veuille
  veuilles veuillent vienne viennes prenne prennes doive doives faille vaille`.split(/\s+/).filter(Boolean),
);

/** Conjunctions always followed by the subjunctive. */
export const SUBJUNCTIVE_TRIGGERS: ReadonlySet<string> = new Set(['que', "qu'"]);

/** Unambiguous passé simple forms (besides the `-èrent`, `-âmes`, `-âtes` endings). */
export const PASSE_SIMPLE_FORMS: ReadonlySet<string> = new Set(
  `fut furent eut eurent fit firent vint vinrent prit prirent mit mirent put purent dut durent
  sut surent fûmes fûtes eûmes eûtes naquit naquirent mourut moururent`.split(/\s+/).filter(Boolean),
);

/**
 * Passé simple forms that are also the present of another verb: « ils durent
 * partir » (devoir) but « ces projets durent dans le temps » (durer). Each is
 * passé simple only before an infinitive, the only way « devoir » is used.
 */
export const PASSE_SIMPLE_OR_PRESENT: ReadonlySet<string> = new Set(['durent']);

/** Words ending like an infinitive (`-er`, `-ir`, `-re`, `-oir`) that are not one. */
export const NOT_INFINITIVES: ReadonlySet<string> = new Set(
  `encore entre contre notre votre autre leur pour jour sur hier hiver mer cher fer père mère frère
  avenir plaisir loisir désir soir espoir noir devoir pouvoir savoir pendant`.split(/\s+/).filter(Boolean),
);

/** Clitics that may sit between « devoir » and its infinitive (« ils durent se retirer »). */
export const INFINITIVE_CLITICS: ReadonlySet<string> = new Set(
  ['se', 'le', 'la', 'les', 'y', 'en', 'lui', 'leur', 'ne', 'pas', 'me', 'te', 'nous', 'vous'],
);

/**
 * Adjectives in `-ant` that are not participles after these nouns: « fauteuil
 * roulant » is a thing, not « fauteuil qui roule ».
 */
export const ANT_AFTER_NOUN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['roulant', new Set(['fauteuil', 'tapis', 'escalier', 'matériel', 'personnel'])],
]);

/** Present-tense forms that end in `-èrent` (verbs in `-érer`): not passé simple. */
export const ERENT_PRESENT: ReadonlySet<string> = new Set(
  `considèrent espèrent gèrent préfèrent accélèrent opèrent coopèrent libèrent récupèrent génèrent
  tolèrent modèrent énumèrent digèrent exagèrent diffèrent confèrent réfèrent transfèrent prolifèrent
  délibèrent vénèrent altèrent pondèrent adhèrent insèrent lacèrent réitèrent itèrent interfèrent
  persévèrent sidèrent obtempèrent tempèrent vocifèrent acquièrent conquièrent requièrent
  enquièrent`.split(/\s+/).filter(Boolean),
);

/**
 * Words in `-ant` that are nouns, adjectives or prepositions, not present
 * participles. Extend with the rule's `exceptions` option.
 */
export const ANT_WORDS: ReadonlySet<string> = new Set(
  `enfant pendant important avant maintenant cependant durant suivant restant montant étudiant
  commerçant représentant intervenant participant soignant savant vivant survivant géant élégant
  amant diamant volant croissant gant chant quant tant autant devant pourtant puissant suffisant
  insuffisant constant courant méchant charmant brillant galant passant versant accompagnant aidant
  plaisant intéressant amusant fatigant rassurant inquiétant dirigeant occupant habitant manifestant
  résistant descendant ascendant assistant gérant lieutenant commandant enseignant surveillant
  correspondant débutant militant négociant mendiant figurant remplaçant néant instant carburant
  colorant calmant piquant tranchant flottant pédant arrogant abondant ambiant bienveillant bruyant
  changeant clairvoyant complaisant conquérant contraignant croyant décevant dépendant indépendant
  dominant éclatant effrayant émouvant encourageant épuisant étonnant exigeant flagrant gênant
  glissant hésitant humiliant ignorant méfiant mourant navrant obligeant offensant passionnant
  pesant pétillant prévoyant rampant ravissant reposant ressortissant satisfaisant séduisant
  souriant stimulant surprenant tolérant touchant tremblant troublant vacant vigilant pressant
  relevant restaurant dormant brigand marchand revenant éléphant adjuvant mutant fabricant migrant
  immigrant émigrant requérant postulant exposant partant arrivant entrant sortant pratiquant
  protestant combattant déclarant attenant tenant aboutissant consultant exploitant gouvernant
  intrigant plaignant perdant gagnant trafiquant mécréant fainéant bienfaisant malfaisant
  apaisant attachant contenant convaincant cinglant craquant déplaisant dérangeant désobligeant
  enivrant entraînant envahissant étouffant excitant fascinant fondant fortifiant frappant
  gisant grinçant harassant imposant intimidant marquant menaçant montant mouvant nourrissant
  obsédant pénalisant percutant pertinent poignant polluant prenant présent provocant rebutant
  reconnaissant rayonnant saisissant sanglant suppliant tournant traînant vivifiant voyant
  chantant dansant payant performant structurant vieillissant`.split(/\s+/).filter(Boolean),
);

/** A verb of `falc:temps-et-annee`: its present forms, for the suggestion its infinitive and passé composé. */
export interface ReportVerb {
  infinitive: string;
  /** 3rd person singular and plural of the present (`touche`, `touchent`). */
  singular: string;
  plural: string;
  participle: string;
  /** Passé composé with « être » (`est venu`), not « avoir ». */
  etre?: boolean;
}

function er(infinitive: string): ReportVerb {
  const stem = infinitive.slice(0, -2);
  return { infinitive, singular: stem + 'e', plural: stem + 'ent', participle: stem + 'é' };
}

/**
 * Verbs a report uses to tell what happened (« touchent », « ouvre »,
 * « construit »…). `falc:temps-et-annee` flags only these: a guess from a
 * list, kept to verbs whose present forms are not also common nouns after a
 * determiner (the rule skips « une aide », « le vote »).
 */
export const REPORT_VERBS: readonly ReportVerb[] = [
  ...['toucher', 'donner', 'aider', 'lancer', 'financer', 'organiser', 'signer', 'voter', 'commencer', 'décider',
    'acheter', 'rénover', 'réparer', 'installer', 'planter', 'inaugurer', 'participer', 'visiter', 'rencontrer',
    'compter', 'accompagner', 'former', 'recruter', 'distribuer', 'publier', 'proposer', 'créer', 'fermer',
    'inonder', 'gagner', 'terminer', 'achever', 'adopter', 'démarrer', 'équiper', 'restaurer', 'aménager',
    'embaucher', 'transformer', 'récolter', 'trouver', 'montrer', 'accorder', 'verser', 'attribuer', 'remplacer',
    'engager', 'changer', 'quitter'].map(er),
  { infinitive: 'accueillir', singular: 'accueille', plural: 'accueillent', participle: 'accueilli' },
  { infinitive: 'ouvrir', singular: 'ouvre', plural: 'ouvrent', participle: 'ouvert' },
  { infinitive: 'construire', singular: 'construit', plural: 'construisent', participle: 'construit' },
  { infinitive: 'détruire', singular: 'détruit', plural: 'détruisent', participle: 'détruit' },
  { infinitive: 'choisir', singular: 'choisit', plural: 'choisissent', participle: 'choisi' },
  { infinitive: 'agrandir', singular: 'agrandit', plural: 'agrandissent', participle: 'agrandi' },
  { infinitive: 'finir', singular: 'finit', plural: 'finissent', participle: 'fini' },
  { infinitive: 'recevoir', singular: 'reçoit', plural: 'reçoivent', participle: 'reçu' },
  { infinitive: 'soutenir', singular: 'soutient', plural: 'soutiennent', participle: 'soutenu' },
  { infinitive: 'obtenir', singular: 'obtient', plural: 'obtiennent', participle: 'obtenu' },
  { infinitive: 'permettre', singular: 'permet', plural: 'permettent', participle: 'permis' },
  { infinitive: 'mettre', singular: 'met', plural: 'mettent', participle: 'mis' },
  { infinitive: 'prendre', singular: 'prend', plural: 'prennent', participle: 'pris' },
  { infinitive: 'faire', singular: 'fait', plural: 'font', participle: 'fait' },
  { infinitive: 'devenir', singular: 'devient', plural: 'deviennent', participle: 'devenu', etre: true },
  { infinitive: 'venir', singular: 'vient', plural: 'viennent', participle: 'venu', etre: true },
  { infinitive: 'naître', singular: 'naît', plural: 'naissent', participle: 'né', etre: true },
  { infinitive: 'partir', singular: 'part', plural: 'partent', participle: 'parti', etre: true },
  { infinitive: 'arriver', singular: 'arrive', plural: 'arrivent', participle: 'arrivé', etre: true },
];

/** Auxiliaries of the passé composé and the plus-que-parfait (a sentence that has one already tells the past). */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set([
  'a', 'ont', 'avait', 'avaient', 'est', 'sont', 'était', 'étaient', "s'est", "s'était", "n'a", "n'ont", "n'est",
]);
