/**
 * `npm run audit` interrupted (issue 15): signalling only the audit (as a stopped
 * CI job or a closed terminal does) must stop every pa11y-ci and the Chromium each
 * one started: nothing keeps running after it, and no settings file is left in
 * reports/. On a throw-away copy of the project, with a small built site; the
 * signal is sent once a Chromium of pa11y-ci runs.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';
import { killProcessesIn, processesIn, sleep, startNode, waitUntil } from '../helpers/processes.ts';

/** A small built site: a few plain pages, listed by a sitemap as Astro writes it. */
function builtSite(dir: string): void {
  const paths = ['/', ...Array.from({ length: 7 }, (_, i) => `/page-${i + 1}/`)];
  for (const path of paths) {
    mkdirSync(join(dir, 'dist', path), { recursive: true });
    writeFileSync(join(dir, 'dist', path, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page ${path}</title></head><body><main><h1>Page</h1><p>Texte.</p></main></body></html>`);
  }
  writeFileSync(join(dir, 'dist/sitemap-index.xml'), '<sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>');
  writeFileSync(join(dir, 'dist/sitemap-0.xml'), `<urlset>${paths.map((p) => `<url><loc>https://example.org${p}</loc></url>`).join('')}</urlset>`);
}

let project: TempProject | undefined;
afterEach(() => {
  if (project) killProcessesIn(project.dir);
  project?.remove();
});

describe.each(['SIGTERM', 'SIGINT'] as const)('the audit, sent %s while pa11y-ci runs', (signal) => {
  it('stops pa11y-ci and its Chromium, and leaves no settings file behind', async () => {
    project = copyProject('.', { withContent: false });
    const dir = project.dir;
    builtSite(dir);
    const audit = startNode(dir, 'scripts/audit/index.ts', ['--outils', 'pa11y-ci']);

    const chromium = () => processesIn(dir).filter((p) => /chromium/.test(p.command));
    await waitUntil(() => chromium().length > 0, 120_000);
    expect(chromium().length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'reports')).filter((f) => f.startsWith('pa11yci-')).length).toBeGreaterThan(0);
    audit.kill(signal);

    expect(await audit.exited).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(audit.output()).toContain('L’audit est interrompu : ses navigateurs sont arrêtés, aucun résultat n’est enregistré.');
    expect(processesIn(dir)).toEqual([]);
    // Nothing keeps working later either.
    await sleep(3000);
    expect(processesIn(dir)).toEqual([]);
    expect(readdirSync(join(dir, 'reports')).filter((f) => f.startsWith('pa11yci-'))).toEqual([]);
    expect(existsSync(join(dir, 'reports/accessibilite.json'))).toBe(false);
  }, 240_000);
});
