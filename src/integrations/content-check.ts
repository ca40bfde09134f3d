/**
 * Runs the editors' content check when `npm run dev` starts: the same messages
 * as `npm run build` (which stops on an error), shown here as warnings so that
 * the preview keeps working while a page is being written.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/check-content.ts';
import { formatIssues } from '../lib/report-issues.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'rapport-falc:content-check',
    hooks: {
      'astro:server:start': async ({ logger }) => {
        const { issues } = await checkContent();
        if (issues.length > 0) logger.warn(`\n${formatIssues(issues)}`);
      },
    },
  };
}
