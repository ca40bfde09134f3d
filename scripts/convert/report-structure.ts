/**
 * What the source text does not say explicitly: which pacte starts where, and
 * which ambitions belong to which défi. Défis appear only in the printed table of
 * contents; the mapping below comes from its page numbers (every ambition is a
 * two-page spread) and is confirmed by the eight "glued" headings that open a défi.
 */
export interface DefiPlan {
  numero: number;
  /** First and last ambition number of the défi, inclusive. */
  ambitions: [number, number];
}

export interface PactePlan {
  slug: string;
  code: 'st' | 'rc' | 'sh';
  titre: string;
  titreComplet: string;
  /** The bare divider line that opens the pacte in the source. */
  dividerLine: number;
  defis: DefiPlan[];
}

export const PACTES: readonly PactePlan[] = [
  {
    slug: 'solidarites-territoriales',
    code: 'st',
    titre: 'Solidarités territoriales',
    titreComplet: 'Pacte des solidarités territoriales',
    dividerLine: 335,
    defis: [
      { numero: 1, ambitions: [1, 5] },
      { numero: 2, ambitions: [6, 10] },
      { numero: 3, ambitions: [11, 14] },
    ],
  },
  {
    slug: 'reussites-citoyennes',
    code: 'rc',
    titre: 'Réussites citoyennes',
    titreComplet: 'Pacte des réussites citoyennes',
    dividerLine: 867,
    defis: [
      { numero: 1, ambitions: [1, 4] },
      { numero: 2, ambitions: [5, 8] },
      { numero: 3, ambitions: [9, 10] },
    ],
  },
  {
    slug: 'solidarites-humaines',
    code: 'sh',
    titre: 'Solidarités humaines',
    titreComplet: 'Pacte des solidarités humaines',
    dividerLine: 1281,
    defis: [
      { numero: 1, ambitions: [1, 4] },
      { numero: 2, ambitions: [5, 9] },
      { numero: 3, ambitions: [10, 14] },
      { numero: 4, ambitions: [15, 16] },
    ],
  },
];

export const EDITO_LINES = { from: 17, to: 38 } as const;
export const SOMMAIRE_LINES = { from: 40, to: 70 } as const;
export const THEMES_LINES = { from: 72, to: 333 } as const;
