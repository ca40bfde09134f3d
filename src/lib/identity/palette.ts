/**
 * The site's colour roles, as the stylesheets use them, and the pairs of roles
 * that are shown together (one drawn on the other). An organisation may change
 * any role in `content/site.yaml` (`identite.couleurs`); the roles it leaves
 * out keep the colours of the version's stylesheet, read from the stylesheet
 * itself (the one place where the current look is written).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { list } from 'postcss';
import { HEX_COLOUR } from './contrast.ts';
import type { Version } from '../../routes/route-table.ts';

export type { Version };
export type Scheme = 'clair' | 'sombre';
export const SCHEMES: readonly Scheme[] = ['clair', 'sombre'];

interface RoleInfo {
  /** The stylesheets' custom property. */
  property: string;
  /** How a message names it, with its article (« le texte », « les liens »). */
  name: string;
  plural: boolean;
  /** For the editors (JSON Schema in VS Code, and the guide). */
  description: string;
}

/** The roles an editor can set, by their name in site.yaml. */
export const ROLES = {
  texte: { property: '--text', name: 'le texte', plural: false, description: 'Le texte courant et le titre du site.' },
  texteDiscret: { property: '--muted', name: 'le texte discret', plural: false, description: 'Le texte secondaire : nom de l’organisation sous le titre, surtitres, indications (version complète).' },
  fond: { property: '--bg', name: 'le fond', plural: false, description: 'Le fond des pages.' },
  fondEncadres: { property: '--surface', name: 'le fond des encadrés', plural: false, description: 'Le fond de l’en-tête, du pied de page et des encadrés (sommaire de la page, témoignages, relecture FALC).' },
  liens: { property: '--link', name: 'les liens', plural: true, description: 'Les liens, et le fond des boutons (leur texte a la couleur du fond).' },
  liensVisites: { property: '--link-visited', name: 'les liens déjà visités', plural: true, description: 'Les liens vers une page déjà lue (version complète).' },
  accent: { property: '--accent', name: 'la couleur d’accent', plural: false, description: 'Les grands chiffres et les filets des encadrés (version complète).' },
  focus: { property: '--focus', name: 'le contour du focus', plural: false, description: 'Le contour qui montre où l’on est quand on navigue au clavier.' },
  traits: { property: '--line', name: 'les traits', plural: true, description: 'Les bordures des cartes, des champs et des boutons.' },
} as const satisfies Record<string, RoleInfo>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

/** A colour for each theme. */
export type ColourPair = Record<Scheme, string>;
export type Palette = Partial<Record<Role, ColourPair>>;

/**
 * What is drawn on what, in either version (a pair is checked in a version
 * when its stylesheet uses both roles). Borders and the accent are checked
 * against the page background only: where they touch an encadré they only
 * frame it (header and footer rules, the coloured edge of a quote), whereas on
 * the page they outline a card or a field, and the accent is the colour of the
 * key figures' text. Buttons (link-coloured background, text in the page's
 * background colour) are the pair « liens / fond ».
 */
export const PAIRS: readonly (readonly [foreground: Role, background: Role])[] = [
  ['texte', 'fond'],
  ['texte', 'fondEncadres'],
  ['texteDiscret', 'fond'],
  ['texteDiscret', 'fondEncadres'],
  ['liens', 'fond'],
  ['liens', 'fondEncadres'],
  ['liensVisites', 'fond'],
  ['liensVisites', 'fondEncadres'],
  ['accent', 'fond'],
  ['focus', 'fond'],
  ['focus', 'fondEncadres'],
  ['traits', 'fond'],
];

/** The contrast each version requires of every pair: WCAG AA for the standard text, 7:1 (AAA) for FALC. */
export const REQUIRED_RATIO: Record<Version, number> = { standard: 4.5, falc: 7 };

const STYLESHEETS: Record<Version, string> = {
  standard: 'styles/site.css',
  falc: 'styles/falc.css',
};

/**
 * A stylesheet of the tool, beside this module's source (the commands run the
 * sources, from any folder: a test's project copy has no src/); when Astro has
 * bundled this module into the build's folder, from the project's root, which
 * is then the working directory.
 */
function stylesheetFile(version: Version): string {
  const beside = fileURLToPath(new URL(`../../${STYLESHEETS[version]}`, import.meta.url));
  return existsSync(beside) ? beside : resolve('src', STYLESHEETS[version]);
}

const defaults = new Map<Version, Palette>();

/**
 * The colours a version's stylesheet gives each role today: the
 * `--property: light-dark(#light, #dark)` declarations of its top-level `:root`
 * rule (its print rule, inside @media, is left alone).
 */
export function defaultPalette(version: Version): Palette {
  const cached = defaults.get(version);
  if (cached) return cached;
  const file = stylesheetFile(version);
  const palette = paletteOfStylesheet(readFileSync(file, 'utf8'), file);
  defaults.set(version, palette);
  return palette;
}

export function paletteOfStylesheet(css: string, from: string): Palette {
  const palette: Palette = {};
  for (const node of postcss.parse(css, { from }).nodes) {
    if (node.type !== 'rule' || node.selector !== ':root') continue;
    node.walkDecls((decl) => {
      const role = ROLE_NAMES.find((r) => ROLES[r].property === decl.prop);
      if (role) palette[role] = lightDark(decl.value, `${from}: ${decl.prop}`);
    });
  }
  return palette;
}

function lightDark(value: string, where: string): ColourPair {
  const open = 'light-dark(';
  const args = value.startsWith(open) && value.endsWith(')') ? list.comma(value.slice(open.length, -1)) : [];
  const [clair, sombre] = args;
  if (args.length !== 2 || !clair || !sombre || !HEX_COLOUR.test(clair) || !HEX_COLOUR.test(sombre)) {
    throw new Error(`${where} must be light-dark(#rrggbb, #rrggbb) for the contrast check (src/lib/identity/palette.ts), not « ${value} »`);
  }
  return { clair, sombre };
}

/** The colours a version shows: the stylesheet's, with the organisation's for the roles that version uses. */
export function effectivePalette(version: Version, configured: Palette = {}): Palette {
  const base = defaultPalette(version);
  const palette: Palette = { ...base };
  for (const role of ROLE_NAMES) {
    const colours = configured[role];
    if (colours && base[role]) palette[role] = colours;
  }
  return palette;
}
