/** The RGAA 4.1.2 (Référentiel général d’amélioration de l’accessibilité): its themes and criteria. */

export const RGAA_VERSION = '4.1.2';

export interface RgaaTheme {
  numero: number;
  titre: string;
  /** Number of criteria in the theme. */
  criteres: number;
}

/** 13 themes, 106 criteria (RGAA 4.1.2, `criteres.json` of accessibilite.numerique.gouv.fr). */
export const RGAA_THEMES: readonly RgaaTheme[] = [
  { numero: 1, titre: 'Images', criteres: 9 },
  { numero: 2, titre: 'Cadres', criteres: 2 },
  { numero: 3, titre: 'Couleurs', criteres: 3 },
  { numero: 4, titre: 'Multimédia', criteres: 13 },
  { numero: 5, titre: 'Tableaux', criteres: 8 },
  { numero: 6, titre: 'Liens', criteres: 2 },
  { numero: 7, titre: 'Scripts', criteres: 5 },
  { numero: 8, titre: 'Éléments obligatoires', criteres: 10 },
  { numero: 9, titre: 'Structuration de l’information', criteres: 4 },
  { numero: 10, titre: 'Présentation de l’information', criteres: 14 },
  { numero: 11, titre: 'Formulaires', criteres: 13 },
  { numero: 12, titre: 'Navigation', criteres: 11 },
  { numero: 13, titre: 'Consultation', criteres: 12 },
];

/** Every criterion number, « 1.1 » to « 13.12 », in order. */
export const RGAA_CRITERIA: readonly string[] = RGAA_THEMES.flatMap((theme) =>
  Array.from({ length: theme.criteres }, (_, i) => `${theme.numero}.${i + 1}`),
);

export function compareCriteria(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/**
 * What automated tools cannot judge: a person must check it (RGAA criteria
 * titles, shortened). The statement lists them while no human audit is recorded.
 */
export const HUMAN_CHECKS: readonly { criteres: string; sujet: string }[] = [
  { criteres: '1.3', sujet: 'la pertinence des alternatives textuelles des images' },
  { criteres: '3.1', sujet: 'l’information donnée par la couleur seule' },
  { criteres: '4.1', sujet: 'les transcriptions et l’audiodescription des médias' },
  { criteres: '6.1', sujet: 'des liens explicites, compris avec leur contexte' },
  { criteres: '7.1', sujet: 'les scripts utilisables avec les technologies d’assistance' },
  { criteres: '8.6', sujet: 'la pertinence des titres de page' },
  { criteres: '8.7', sujet: 'les changements de langue dans le texte' },
  { criteres: '9.1', sujet: 'la hiérarchie et la pertinence des titres de section' },
  { criteres: '10.7', sujet: 'la visibilité du focus, élément par élément' },
  { criteres: '10.11', sujet: 'la lecture sans défilement horizontal à toutes les tailles' },
  { criteres: '12.1', sujet: 'la présence de deux systèmes de navigation' },
  { criteres: '12.8 et 12.9', sujet: 'l’ordre de tabulation et l’absence de piège au clavier' },
  { criteres: '13.3', sujet: 'les versions accessibles des documents à télécharger' },
  { criteres: 'tous', sujet: 'la restitution par les lecteurs d’écran (NVDA, JAWS, VoiceOver…)' },
];
