/**
 * Page furniture of the source PDF: text that sits on the printed page but is not
 * report content (cover, running titles, logos, a website screenshot, posters).
 * Line numbers are 1-based and refer to source/bilan-etape-2022-2027.txt.
 */
export interface FurnitureRange {
  from: number;
  to: number;
  /** What the first line of the range starts with: a guard against a changed source. */
  startsWith: string;
  what: string;
}

export const FURNITURE: readonly FurnitureRange[] = [
  { from: 1, to: 15, startsWith: ' ', what: 'couverture' },
  { from: 19, to: 19, startsWith: "BILAN D'ÉTAPE", what: 'titre courant' },
  { from: 42, to: 42, startsWith: "BILAN D'ÉTAPE", what: 'titre courant' },
  { from: 300, to: 301, startsWith: "L'essentiel 62", what: 'encart lettre d’information' },
  { from: 612, to: 615, startsWith: 'Interreg', what: 'logo Interreg' },
  { from: 1196, to: 1224, startsWith: 'Aller : au menu', what: 'capture du site jeunesdu62.fr' },
  { from: 1299, to: 1299, startsWith: 'Prenez rendez-vous', what: 'encart RDV solidarités' },
  { from: 1303, to: 1306, startsWith: 'S3A', what: 'logo S3A' },
  { from: 1538, to: 1546, startsWith: '**62 Pas-de-Calais', what: 'affiche Aidants 62' },
  { from: 1887, to: 1887, startsWith: 'Pas à pas', what: 'quatrième de couverture' },
];
