/**
 * `npm run dev` only: the settings the preview uses while content/site.yaml has
 * not been right once in this session (wrong when the server starts). Every page
 * can then be drawn, with its banner saying what to fix, instead of no page at
 * all. Each value says where it comes from, so that nobody takes it for the
 * organisation's: no title, organisation or address is made up. Never built:
 * `npm run build` stops on a wrong site.yaml before any page is drawn.
 */
import type { SiteConfig } from '../site-config.ts';

/** Where the preview's own links point while content/site.yaml cannot be read. */
const PREVIEW_ADDRESS = 'http://localhost:4321';

const TO_FIX = 'à corriger dans content/site.yaml';

export const PREVIEW_SITE_CONFIG: SiteConfig = {
  titre: `Titre du site ${TO_FIX}`,
  appellation: 'le rapport',
  organisation: `Organisation ${TO_FIX}`,
  adresse: PREVIEW_ADDRESS,
  contact: { formulaire: undefined, adressePostale: [`Adresse postale ${TO_FIX}`] },
  // The site's own logo-less look.
  identite: undefined,
};
