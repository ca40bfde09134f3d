/**
 * The editors' content check in `npm run dev`: the same messages as
 * `npm run build` (which stops on an error), shown here as the preview's safety
 * net. It runs when the server starts and again on every save
 * (src/lib/dev/live-content-check.ts): the terminal says what changed, and a
 * banner at the top of every previewed page lists the findings, live.
 * The banner's script is injected only by `astro dev`: the built site has no trace of it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startLiveCheck, type LiveCheck } from '../lib/dev/live-content-check.ts';

const BANNER_SCRIPT = fileURLToPath(new URL('../scripts/dev/content-banner.ts', import.meta.url));

export default function contentCheck(): AstroIntegration {
  let live: LiveCheck | undefined;
  let root = '.';
  return {
    name: 'rapport-falc:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev') injectScript('page', `import ${JSON.stringify(BANNER_SCRIPT)};`);
      },
      'astro:server:setup': ({ server, logger }) => {
        live?.close();
        live = startLiveCheck(root, server, logger);
      },
      'astro:server:done': () => {
        live?.close();
        live = undefined;
      },
    },
  };
}
