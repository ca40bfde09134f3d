/**
 * The site's public address (`site` of Astro's config: canonical links, sitemap,
 * social cards) comes from content/site.yaml. A wrong file stops `astro build`
 * with the content check's French message (npm run build has already refused it,
 * in lint:content); `astro dev` starts anyway, since its live check reports the
 * mistake in French in the terminal and in the preview's banner, and the preview
 * does not need the public address.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteConfig, SiteConfigError } from '../lib/site-config.ts';

/** Where the preview's own links point while content/site.yaml cannot be read: never built. */
const PREVIEW_ADDRESS = 'http://localhost:4321';

export default function siteAddress(): AstroIntegration {
  return {
    name: 'rapport-falc:site-address',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        try {
          updateConfig({ site: readSiteConfig(fileURLToPath(config.root)).adresse });
        } catch (error) {
          if (command !== 'dev' || !(error instanceof SiteConfigError)) throw error;
          updateConfig({ site: PREVIEW_ADDRESS });
        }
      },
    },
  };
}
