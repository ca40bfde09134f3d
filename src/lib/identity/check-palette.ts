/**
 * The contrast check of the organisation's colours (`identite.couleurs` of
 * content/site.yaml): every pair of colours shown together (palette.ts), in
 * the light and the dark theme, must reach 4.5:1 in the standard version and
 * 7:1 in the FALC version. FALC pages use the organisation's colours too, so a
 * colour both versions use must in practice reach 7:1. A pair that fails is an
 * error: the build stops and says which colours, their ratio, and what to do.
 */
import { contrastRatio, formatRatio, relativeLuminance } from './contrast.ts';
import { effectivePalette, PAIRS, REQUIRED_RATIO, ROLES, SCHEMES, type Palette, type Role, type Scheme, type Version } from './palette.ts';
import { VERSION_NAME } from '../../i18n/version.ts';

export interface PaletteIssue {
  /** The site.yaml field to change (the first configured colour of the pair; the section when both are the stylesheet's). */
  path: (string | number)[];
  message: string;
}

const SCHEME_NAME: Record<Scheme, string> = { clair: 'en thème clair', sombre: 'en thème sombre' };

const ratioText = (ratio: number) => `${ratio.toLocaleString('fr-FR')}:1`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Failure {
  scheme: Scheme;
  foreground: Role;
  background: Role;
  colours: [string, string];
  ratio: number;
  versions: Version[];
}

/** All failing pairs of both versions; a pair that fails in both versions with the same colours is said once. */
function failures(configured: Palette): Failure[] {
  const found = new Map<string, Failure>();
  for (const version of ['standard', 'falc'] as const) {
    const palette = effectivePalette(version, configured);
    for (const scheme of SCHEMES) {
      for (const [foreground, background] of PAIRS) {
        const fg = palette[foreground]?.[scheme];
        const bg = palette[background]?.[scheme];
        if (!fg || !bg) continue;
        const ratio = contrastRatio(fg, bg);
        if (ratio >= REQUIRED_RATIO[version]) continue;
        const key = [scheme, foreground, background, fg, bg].join(' ');
        const failure = found.get(key) ?? { scheme, foreground, background, colours: [fg, bg], ratio, versions: [] };
        failure.versions.push(version);
        found.set(key, failure);
      }
    }
  }
  return [...found.values()];
}

function fieldOf(configured: Palette, role: Role, scheme: Scheme): string | undefined {
  return configured[role] ? `« identite › couleurs › ${role} › ${scheme} »` : undefined;
}

function message(failure: Failure, configured: Palette): string {
  const { scheme, foreground, background, colours: [fg, bg], ratio, versions } = failure;
  const front = ROLES[foreground];
  const back = ROLES[background];
  // Rounded, the ratio must not reach the lowest requirement it fails (4,499 is not shown as 4,5:1).
  const required = Math.min(...versions.map((v) => REQUIRED_RATIO[v]));
  const needs = versions.map((v) => `${ratioText(REQUIRED_RATIO[v])} pour la ${VERSION_NAME[v]}`).join(' et ');
  // Say which way to move: the lighter of the two gets lighter, the darker darker.
  const darkerFront = relativeLuminance(fg) < relativeLuminance(bg);
  const advice = darkerFront
    ? `Foncez ${front.name} ou éclaircissez ${back.name}.`
    : `Éclaircissez ${front.name} ou foncez ${back.name}.`;
  const fields = [fieldOf(configured, foreground, scheme), fieldOf(configured, background, scheme)].filter(Boolean);
  const where = fields.length > 0 ? `${fields.join(' et ')} : ${SCHEME_NAME[scheme]}` : capitalise(SCHEME_NAME[scheme]);
  return `${where}, ${front.name} (${fg}) sur ${back.name} (${bg}) ${front.plural ? 'ont' : 'a'} un contraste de ${formatRatio(ratio, required)} ; il faut au moins ${needs}. ${capitalise(advice)}`;
}

export function checkPalette(configured: Palette = {}): PaletteIssue[] {
  return failures(configured).map((failure) => {
    const { scheme, foreground, background } = failure;
    const role = configured[foreground] ? foreground : configured[background] ? background : undefined;
    return { path: role ? ['identite', 'couleurs', role, scheme] : ['identite', 'couleurs'], message: message(failure, configured) };
  });
}
