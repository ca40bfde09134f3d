/**
 * The site's public address (`site` of Astro's config: canonical links, sitemap,
 * social cards) comes from content/site.yaml. A wrong file stops `astro build`
 * with the content check's French message (npm run build has already refused it,
 * in lint:content); `astro dev` starts anyway, with the preview's placeholder
 * settings (src/lib/site-config.ts), since its live check reports the mistake in
 * French in the terminal and in the preview's banner, and the preview does not
 * need the public address.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteConfig } from '../lib/site-config.ts';

export default function siteAddress(): AstroIntegration {
  return {
    name: 'rapport-falc:site-address',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        updateConfig({ site: readSiteConfig(fileURLToPath(config.root), command === 'dev').adresse });
      },
    },
  };
}
