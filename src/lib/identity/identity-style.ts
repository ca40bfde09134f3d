/**
 * The organisation's colours and logo as CSS, for a <style> in every page's
 * <head> (src/components/IdentityStyle.astro). Empty without an `identite`:
 * the pages are then exactly what the stylesheets alone give. The style is
 * inline, so the Content-Security-Policy allows it by its hash like the
 * stylesheets (src/lib/content-security-policy.ts): no request, no weakening.
 */
import type { Identity } from './schema.ts';
import { ROLE_NAMES, ROLES } from './palette.ts';

/** Logo class, shared with src/components/OrganisationLogo.astro. */
export const LOGO_CLASS = 'identite-logo';

export function identityCss(identity: Identity | undefined): string {
  const rules: string[] = [];
  const colours = identity?.couleurs ?? {};
  const declarations = ROLE_NAMES.flatMap((role) => {
    const pair = colours[role];
    return pair ? [`${ROLES[role].property}:light-dark(${pair.clair},${pair.sombre})`] : [];
  });
  // `html:root` outweighs the stylesheets' `:root` wherever Astro puts them in the <head>;
  // on screen only, so that print keeps its black on white (the stylesheets' @media print).
  if (declarations.length > 0) rules.push(`@media screen{html:root{${declarations.join(';')}}}`);
  // A logo drawn for a light background: in the dark theme it sits on a white tile (like the FALC pictograms).
  if (identity?.logo) rules.push(`.${LOGO_CLASS}{display:block;max-width:100%;height:auto;margin:0 0 0.5rem;padding:0.25rem;border-radius:0.25rem;background:light-dark(transparent,#ffffff)}`);
  return rules.join('\n');
}
