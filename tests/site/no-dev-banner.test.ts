/**
 * The preview's content banner (src/scripts/dev/content-banner.ts) is for
 * editors running `npm run dev`: the built site carries no trace of it, in its
 * pages or in any script they load.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, $$, DIST } from './dist.ts';
import { BANNER_ELEMENT, REPORT_EVENT, REQUEST_EVENT } from '../../src/lib/dev/live-check-event.ts';

const MARKS = [BANNER_ELEMENT, REPORT_EVENT, REQUEST_EVENT, 'content-banner'];

function scriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scriptFiles(path);
    return /\.m?js$/.test(entry.name) ? [path] : [];
  });
}

describe('the dev banner is not in the built site', () => {
  it('no page names it or loads a dev module', () => {
    for (const page of allPages()) {
      for (const mark of MARKS) expect(page.html, `${page.url} : ${mark}`).not.toContain(mark);
      for (const script of $$(page.tree, 'script[src]')) {
        expect(String(script.properties.src), page.url).not.toMatch(/^\/(@id|@vite|src)\//);
      }
    }
  });

  it('no script of the site contains it', () => {
    const scripts = scriptFiles(DIST);
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const mark of MARKS) expect(code, `${file} : ${mark}`).not.toContain(mark);
    }
  });
});
