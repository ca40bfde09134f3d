/** Site-wide settings edited by the communication team in `content/site.yaml`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { webAddress } from '../schemas/web-address.ts';
import { IdentitySchema } from './identity/schema.ts';

const siteFields = {
  /** Report title, shown in every page header. */
  titre: z.string().min(1),
  /** Organisation that publishes the report. */
  organisation: z.string().min(1),
  /** Public address of the site, without a trailing slash. */
  adresse: webAddress('écrivez l’adresse publique du site, qui commence par « https:// ».').refine((u) => !(/^https?:/i.test(u) && u.endsWith('/')), 'Retirez la barre oblique finale de « adresse ».'),
  /** Who to contact about the site's accessibility (shown by the accessibility statement). */
  contact: z
    .object({
      /** E-mail address for accessibility problems. */
      email: z.email('« contact.email » doit être une adresse e-mail.').optional(),
      /** Address of a contact form, if there is one. */
      formulaire: webAddress('écrivez une adresse web complète, qui commence par « https:// ».').nullish().transform((v) => v ?? undefined),
      /** Postal address, one line per entry. */
      adressePostale: z.array(z.string().min(1)).min(1, 'Indiquez l’adresse postale, une ligne par élément.'),
    })
    .refine((c) => c.email || c.formulaire, 'Indiquez au moins « contact.email » ou « contact.formulaire ».'),
  /** The organisation's logo and colours (src/lib/identity/); without it, the site's own look. An empty `identite:` counts as none. */
  identite: IdentitySchema.nullish().transform((v) => v ?? undefined),
};

export const SiteConfigSchema = z.strictObject(siteFields, {
  // A misspelt setting (« identité », with its accent) would otherwise be ignored without a word.
  error: (issue) => issue.code === 'unrecognized_keys' ? `« ${issue.keys.join(' », « ')} » n’est pas un réglage du site. Réglages possibles : ${Object.keys(siteFields).join(', ')}.` : undefined,
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

export function readSiteConfig(path = 'content/site.yaml'): SiteConfig {
  return SiteConfigSchema.parse(parse(readFileSync(path, 'utf8')));
}
