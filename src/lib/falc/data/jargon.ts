/**
 * Administrative words and phrases, with a simpler word (the project's own
 * list, in the manner of retext-simplify's `patterns.js`). No
 * French word-frequency list can be installed here, so difficult words come
 * from this list, the glossary and human review.
 *
 * `forms` are matched as whole words, lower case, apostrophes straight.
 * Helpers add the usual inflections so the list stays short.
 */
export interface JargonEntry {
  /** Inflected forms, lower case (`mutualiser`, `mutualisé`…). Multi-word phrases allowed. */
  forms: string[];
  /** Simpler words to suggest. */
  replace: string[];
}

/** Noun or adjective: singular and plural (`dispositif`, `dispositifs`). */
function noun(word: string, pluralForm = word.endsWith('al') ? word.slice(0, -2) + 'aux' : word + 's'): string[] {
  return [word, pluralForm];
}

/** Adjective with its four forms (`structurant`, `-e`, `-s`, `-es`). */
function adjective(word: string): string[] {
  if (word.endsWith('al')) return [word, word + 'e', word.slice(0, -2) + 'aux', word + 'es'];
  if (word.endsWith('if')) return [word, word.slice(0, -1) + 've', word + 's', word.slice(0, -1) + 'ves'];
  if (word.endsWith('e')) return [word, word + 's'];
  return [word, word + 'e', word + 's', word + 'es'];
}

/** Common forms of a verb in `-er` (infinitive, present, participles, future stem). */
function verbEr(infinitive: string): string[] {
  const stem = infinitive.slice(0, -2);
  return [
    infinitive, stem + 'e', stem + 'es', stem + 'ent', stem + 'ons', stem + 'ez',
    stem + 'é', stem + 'ée', stem + 'és', stem + 'ées', stem + 'ant',
    infinitive + 'a', infinitive + 'ont',
  ];
}

export const JARGON: JargonEntry[] = [
  { forms: noun('dispositif'), replace: ['aide', 'service', 'action'] },
  { forms: noun('levier'), replace: ['moyen'] },
  { forms: adjective('structurant'), replace: ['important'] },
  { forms: [...verbEr('mutualiser'), 'mutualisation'], replace: ['partager', 'mettre en commun'] },
  { forms: [...adjective('transversal'), 'transversalité'], replace: ['qui concerne plusieurs services'] },
  { forms: [...adjective('partenarial')], replace: ['avec des partenaires'] },
  { forms: noun('gouvernance'), replace: ['organisation', 'qui décide'] },
  { forms: [...verbEr('territorialiser'), 'territorialisation'], replace: ['près de chez vous'] },
  { forms: [...verbEr('déployer'), ...noun('déploiement')], replace: ['mettre en place', 'installer'] },
  { forms: [...verbEr('piloter'), 'pilotage'], replace: ['diriger', 'organiser'] },
  { forms: adjective('opérationnel'), replace: ['qui fonctionne', 'prêt'] },
  { forms: noun('prestation'), replace: ['aide', 'service'] },
  { forms: noun('dotation'), replace: ['argent donné'] },
  { forms: noun('usager'), replace: ['personne', 'habitant'] },
  { forms: noun('bénéficiaire'), replace: ['personne qui reçoit l’aide'] },
  { forms: ['mettre en œuvre', 'mettre en oeuvre', 'mise en œuvre', 'mise en oeuvre', 'met en œuvre', 'mettent en œuvre', 'mis en œuvre', 'mises en œuvre'], replace: ['faire', 'réaliser'] },
  { forms: ['en matière de', "en matière d'"], replace: ['pour', 'sur'] },
  { forms: ['dans le cadre de', 'dans le cadre du', 'dans le cadre des', "dans le cadre d'"], replace: ['pour', 'dans'] },
  { forms: ['au titre de', 'au titre du', 'au titre des'], replace: ['pour'] },
  { forms: ['afin de', "afin d'", 'afin que', "afin qu'"], replace: ['pour'] },
  { forms: ["à l'échelle de", "à l'échelle du", "à l'échelle des"], replace: ['dans'] },
  { forms: ['en faveur de', 'en faveur du', 'en faveur des', "en faveur d'"], replace: ['pour'] },
  { forms: ['à destination de', 'à destination du', 'à destination des'], replace: ['pour'] },
  { forms: ["à l'issue de", "à l'issue du", "à l'issue des"], replace: ['après'] },
  { forms: ['en outre', 'par ailleurs'], replace: ['aussi'] },
  { forms: ['cependant', 'néanmoins', 'toutefois', 'nonobstant'], replace: ['mais'] },
  { forms: ['notamment'], replace: ['par exemple', 'surtout'] },
  { forms: ['dès lors'], replace: ['alors'] },
  { forms: ['préalablement'], replace: ['avant'] },
  { forms: ['ultérieurement'], replace: ['plus tard'] },
  { forms: ['lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'auxquelles', 'duquel', 'desquels', 'desquelles'], replace: ['qui'] },
  { forms: ['via'], replace: ['par', 'avec'] },
  { forms: noun('enjeu', 'enjeux'), replace: ['ce qui est important'] },
  { forms: noun('problématique'), replace: ['problème', 'question'] },
  { forms: noun('thématique'), replace: ['thème', 'sujet'] },
  { forms: [...verbEr('optimiser'), 'optimisation'], replace: ['améliorer'] },
  { forms: verbEr('impulser'), replace: ['lancer'] },
  { forms: [...verbEr('pérenniser'), 'pérennisation', 'pérenne', 'pérennes'], replace: ['faire durer', 'qui dure'] },
  { forms: noun('synergie'), replace: ['travail ensemble'] },
  { forms: noun('ingénierie'), replace: ['aide technique', 'conseils'] },
  { forms: noun('maillage'), replace: ['réseau'] },
  { forms: ['politique publique', 'politiques publiques'], replace: ['action', 'aide'] },
  { forms: [...verbEr('co-construire'), 'co-construire', 'co-construit', 'co-construite', 'co-construction'], replace: ['faire ensemble'] },
  { forms: noun('modalité'), replace: ['règle', 'comment faire'] },
  { forms: noun('volet'), replace: ['partie'] },
  { forms: noun('vecteur'), replace: ['moyen'] },
  { forms: [...noun('préconisation'), ...verbEr('préconiser')], replace: ['conseil', 'conseiller'] },
  { forms: [...verbEr('solliciter'), ...noun('sollicitation')], replace: ['demander', 'demande'] },
  { forms: ["s'avérer", "s'avère", "s'avèrent", "s'est avéré", "s'est avérée"], replace: ['être'] },
  { forms: verbEr('octroyer'), replace: ['donner'] },
  { forms: ['octroi'], replace: ['don'] },
  { forms: verbEr('effectuer'), replace: ['faire'] },
  { forms: ['procéder à', 'procède à', 'procèdent à', 'procédé à'], replace: ['faire'] },
  { forms: ['disposer de', "disposer d'", 'dispose de', 'disposent de', "dispose d'", "disposent d'"], replace: ['avoir'] },
  { forms: ['requérir', 'requiert', 'requièrent', 'requis', 'requise', 'requises'], replace: ['demander', 'nécessaire'] },
  { forms: noun('acteur'), replace: ['personnes', 'organisations'] },
  { forms: noun('concertation'), replace: ['discussion'] },
  { forms: noun('contractualisation'), replace: ['accord', 'contrat'] },
  { forms: ['effectifs'], replace: ['nombre de personnes'] },
  { forms: [...verbEr('impacter'), 'impactant'], replace: ['toucher', 'changer'] },
  { forms: [...verbEr('initier')], replace: ['commencer', 'lancer'] },
  { forms: [...adjective('inclusif'), 'inclusion'], replace: ['ouvert à tous', 'pour tout le monde'] },
  { forms: noun('vulnérabilité'), replace: ['fragilité'] },
  { forms: adjective('vulnérable'), replace: ['fragile'] },
  { forms: noun('périmètre'), replace: ['ce qui est concerné'] },
  { forms: noun('référentiel'), replace: ['liste de règles'] },
  { forms: noun('indicateur'), replace: ['chiffre qui montre'] },
  { forms: noun('écosystème'), replace: ['réseau', 'ensemble'] },
  { forms: noun('opérateur'), replace: ['organisme', 'entreprise'] },
  { forms: noun('instance'), replace: ['groupe', 'réunion'] },
  { forms: noun('financement'), replace: ['argent'] },
  { forms: noun('subvention'), replace: ['aide en argent'] },
  { forms: noun('allocataire'), replace: ['personne qui reçoit l’aide'] },
];
