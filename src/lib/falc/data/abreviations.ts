/**
 * Abbreviations that a FALC text writes in full [RLS-6.4.1, IE 12], with the
 * full word to suggest. `forms` are matched exactly (case matters: `M.` is
 * « Monsieur », `m.` is not an abbreviation we know).
 */
export interface Abbreviation {
  forms: string[];
  expanded: string;
  /** Only an abbreviation when the next word starts with a capital (`Me Dupont`, not « Me voici »). */
  beforeName?: boolean;
  /** Advice when no single word replaces it (`etc.`). */
  advice?: string;
}

export const ABBREVIATIONS: Abbreviation[] = [
  { forms: ['M.'], expanded: 'Monsieur' },
  { forms: ['MM.'], expanded: 'Messieurs' },
  { forms: ['Mme', 'Mme.'], expanded: 'Madame' },
  { forms: ['Mmes', 'Mmes.'], expanded: 'Mesdames' },
  { forms: ['Mlle', 'Mlle.'], expanded: 'Mademoiselle' },
  { forms: ['Dr', 'Dr.'], expanded: 'Docteur' },
  { forms: ['Pr', 'Pr.'], expanded: 'Professeur', beforeName: true },
  { forms: ['Me'], expanded: 'Maître', beforeName: true },
  { forms: ['etc.'], expanded: 'par exemple', advice: 'donnez toute la liste, ou écrivez « par exemple » avant la liste.' },
  { forms: ['ex.', 'Ex.', 'p. ex.', 'P. ex.', 'par ex.', 'Par ex.', 'e.g.'], expanded: 'par exemple' },
  { forms: ['cf.', 'Cf.'], expanded: 'voir' },
  { forms: ['n°', 'N°', 'nº', 'Nº'], expanded: 'numéro' },
  { forms: ['art.', 'Art.'], expanded: 'article' },
  { forms: ['env.'], expanded: 'environ' },
  { forms: ['c.-à-d.', 'c-à-d', 'càd', 'c.à.d.', 'i.e.'], expanded: 'c’est-à-dire' },
  { forms: ['tél.', 'Tél.', 'tel.', 'Tel.'], expanded: 'téléphone' },
  { forms: ['hab.'], expanded: 'habitants' },
  { forms: ['k€', 'K€'], expanded: 'mille euros' },
  { forms: ['M€'], expanded: 'millions d’euros' },
  { forms: ['Md€', 'Mds€', 'Mrd€'], expanded: 'milliards d’euros' },
  { forms: ['av.', 'Av.'], expanded: 'avenue' },
  { forms: ['bd', 'bd.', 'Bd', 'Bd.'], expanded: 'boulevard' },
  { forms: ['p.'], expanded: 'page' },
  { forms: ['pp.'], expanded: 'pages' },
  { forms: ['vol.'], expanded: 'volume' },
  { forms: ['chap.'], expanded: 'chapitre' },
  { forms: ['fig.'], expanded: 'figure' },
  { forms: ['min.'], expanded: 'minimum ou minute' },
  { forms: ['max.'], expanded: 'maximum' },
  { forms: ['réf.', 'Réf.'], expanded: 'référence' },
  { forms: ['N.B.', 'NB', 'N.B'], expanded: 'À noter' },
  { forms: ['RDV', 'rdv', 'RV'], expanded: 'rendez-vous' },
  { forms: ['qqn'], expanded: 'quelqu’un' },
  { forms: ['qqch', 'qqch.'], expanded: 'quelque chose' },
  { forms: ['svp', 'SVP', 's.v.p.', 'S.V.P.'], expanded: 's’il vous plaît' },
  { forms: ['janv.'], expanded: 'janvier' },
  { forms: ['févr.', 'fév.'], expanded: 'février' },
  { forms: ['avr.'], expanded: 'avril' },
  { forms: ['juil.'], expanded: 'juillet' },
  { forms: ['oct.'], expanded: 'octobre' },
  { forms: ['nov.'], expanded: 'novembre' },
  { forms: ['déc.'], expanded: 'décembre' },
  { forms: ['dépt', 'dépt.', 'dép.'], expanded: 'département' },
  { forms: ['vs', 'vs.'], expanded: 'contre' },
  { forms: ['ibid.'], expanded: 'au même endroit' },
];

/**
 * Lower-case stems whose following full stop belongs to the word, not to the
 * sentence (normalisation keeps `art.` whole so that « l’art. 3 » stays one
 * sentence). `etc` is the one stem that may also end a sentence.
 */
export const DOTTED_STEMS: ReadonlySet<string> = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'etc', 'ex', 'cf', 'art', 'env',
  'tél', 'tel', 'hab', 'av', 'bd', 'p', 'pp', 'chap', 'fig', 'min', 'max',
  'réf', 'janv', 'févr', 'fév', 'avr', 'juil', 'oct', 'nov', 'déc', 'dép', 'dépt',
  'vs', 'ibid', 'qqch', 'éd', 'coll', 'cit', 'op',
]);

/** Abbreviations after which a capital does not start a new sentence. */
export const NON_FINAL_STEMS: ReadonlySet<string> = new Set(
  [...DOTTED_STEMS].filter((stem) => stem !== 'etc' && stem !== 'ibid'),
);
