/** Site-wide settings edited by the communication team in `content/site.yaml`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

export const SiteConfigSchema = z.object({
  /** Report title, shown in every page header. */
  titre: z.string().min(1),
  /** Organisation that publishes the report. */
  organisation: z.string().min(1),
  /** Public address of the site, without a trailing slash. */
  adresse: z.url().refine((u) => !u.endsWith('/'), 'Retirez la barre oblique finale de « adresse ».'),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

export function readSiteConfig(path = 'content/site.yaml'): SiteConfig {
  return SiteConfigSchema.parse(parse(readFileSync(path, 'utf8')));
}
