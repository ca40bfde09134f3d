import type { FalcRule } from './define-rule.ts';
import * as rules from './rules/index.ts';

export interface PresetEntry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has its own options
  rule: FalcRule<any>;
  severity: 'warn' | 'error';
  /** Why the rule is on, in one line (shown in the docs index). */
  reason: string;
}

/**
 * The FALC preset: every rule, its severity and why. Errors are rules a
 * program can check reliably and that FALC states without « si possible »;
 * warnings are guesses (grammar from word lists) or « si possible » rules,
 * to be judged by the writer and the readers.
 */
export const FALC_PRESET: readonly PresetEntry[] = [
  { rule: rules.phraseLongue, severity: 'error', reason: 'Des phrases courtes : 12 mots si possible, 15 au plus.' },
  { rule: rules.unePhraseParLigne, severity: 'error', reason: 'Chaque phrase commence sur une nouvelle ligne (RLS-1.7, niveau A).' },
  { rule: rules.ponctuation, severity: 'error', reason: 'Pas de ; ( ) [ ] … ni de tiret entre deux espaces (RLS-4.2).' },
  { rule: rules.caractereSpecial, severity: 'error', reason: 'Pas de caractères spéciaux comme & > # (RLS-5.4).' },
  { rule: rules.pourcentage, severity: 'error', reason: 'Pas de pourcentages : une comparaison se comprend mieux (RLS-5.2).' },
  { rule: rules.grandNombre, severity: 'error', reason: 'Un ordre de grandeur (« presque 50 mille ») plutôt qu’un nombre de 1 000 ou plus, sauf les années (RLS-5.2).' },
  { rule: rules.quantiteVague, severity: 'warn', reason: 'Un ordre de grandeur plutôt que « des milliers » ou « beaucoup de » (RLS-5.2).' },
  { rule: rules.nombreEnLettres, severity: 'warn', reason: 'Les nombres en chiffres (RLS-5.1) ; certains mots-nombres sont aussi des mots courants.' },
  { rule: rules.chiffreRomain, severity: 'error', reason: 'Pas de chiffres romains (RLS-5.1).' },
  { rule: rules.dateNumerique, severity: 'error', reason: 'Le mois des dates en lettres (RLS-5.3).' },
  { rule: rules.abreviation, severity: 'error', reason: 'Pas d’abréviations : le mot en entier (RLS-6.4, Inclusion Europe).' },
  { rule: rules.sigleNonExplique, severity: 'warn', reason: 'Un sigle est expliqué à sa première utilisation (RLS-6.7, Inclusion Europe) ; le glossaire peut suffire.' },
  { rule: rules.majuscules, severity: 'error', reason: 'Pas de mots en majuscules, sauf les sigles (RLS-1.6).' },
  { rule: rules.italique, severity: 'error', reason: 'Pas d’italique ; le gras pour insister (RLS-1.2.4).' },
  { rule: rules.noteDeBasDePage, severity: 'error', reason: 'Pas de notes de bas de page (RLS-4.4).' },
  { rule: rules.profondeurTitre, severity: 'error', reason: 'Deux niveaux de titres (## et ###), sans numéros (RLS glossaire).' },
  { rule: rules.negation, severity: 'warn', reason: 'Des phrases positives « si possible » (RLS-7.2).' },
  { rule: rules.voixPassive, severity: 'warn', reason: 'La voix active « si possible » (RLS-7.3) ; repérage approché.' },
  { rule: rules.tempsVerbal, severity: 'warn', reason: 'Le présent « si possible » (RLS-7.1) ; repérage approché.' },
  { rule: rules.tempsEtAnnee, severity: 'warn', reason: 'Un fait daté du passé au passé composé, un projet avec « va » (RLS-7.1) ; repérage approché.' },
  { rule: rules.jargon, severity: 'warn', reason: 'Des mots de tous les jours, pas de jargon administratif (RLS-6.4, 6.7).' },
  { rule: rules.expressionImagee, severity: 'warn', reason: 'Pas d’expressions imagées ni de figures de style (RLS-6.4).' },
  { rule: rules.virgules, severity: 'warn', reason: 'Deux virgules au plus : une idée par phrase (RLS-4.1).' },
  { rule: rules.phrasesALaLimite, severity: 'warn', reason: 'Beaucoup de phrases très courtes, pas toutes juste sous la limite (RLS-4.1 ; seuils mesurés sur du FALC publié).' },
  { rule: rules.nomsPropres, severity: 'warn', reason: 'Une poignée de noms propres par page, pas plus de 6 (RLS-6.6.2 ; seuil mesuré sur du FALC publié).' },
  { rule: rules.unNomUneEcriture, severity: 'error', reason: 'Un nom s’écrit toujours de la même façon, dans tout le rapport (Inclusion Europe).' },
  { rule: rules.phrasesParParagraphe, severity: 'warn', reason: 'Des paragraphes courts, peu de texte à la fois (RLS-1.12).' },
  { rule: rules.sectionSansImage, severity: 'warn', reason: 'Une image pour chaque partie (RLS-3.1) ; le pictogramme du titre suffit.' },
  { rule: rules.titresMonotones, severity: 'warn', reason: 'Les titres d’une liste ne commencent pas tous par les mêmes mots (RLS-6.6.4).' },
  { rule: rules.relecture, severity: 'error', reason: 'Pas de logo sans relecteurs nommés ni sur un texte changé depuis (Inclusion Europe, Unapei).' },
  { rule: rules.commentaireIgnore, severity: 'error', reason: 'Une exception falc-ignore dit sa raison.' },
];

/** Ids of every rule of the preset. */
export const RULE_IDS: readonly string[] = FALC_PRESET.map((entry) => entry.rule.ruleId);
