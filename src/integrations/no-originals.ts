/**
 * After every build (`npm run build`, and the tests' builds of changed copies),
 * removes the photo originals Astro copies into `_astro/` although no page uses
 * them: a phone photo as taken, with its GPS position, must never be published
 * (src/lib/build/prune-originals.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pruneUnreferencedImages } from '../lib/build/prune-originals.ts';

export default function noOriginals(): AstroIntegration {
  return {
    name: 'rapport-falc:no-originals',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const removed = pruneUnreferencedImages(fileURLToPath(dir));
        if (removed.length > 0) logger.info(`originaux des photos retirés du site : ${removed.length}`);
      },
    },
  };
}
