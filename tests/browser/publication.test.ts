/**
 * Publishing with example values (issue 18, point 5), on a copy of the project:
 * `npm run build` succeeds on the starter content but warns loudly, and
 * `npm run publier:verifier` fails; once the values are real, both are quiet.
 * Two real builds (no browser): here with the other tests that build a copy.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/temp-project.ts';

const run = promisify(execFile);
const project = copyProject('.');
afterAll(() => project.remove());

interface Outcome { code: number; output: string }

async function npmScript(script: string): Promise<Outcome> {
  const node = join(project.dir, 'node_modules/.bin/node');
  const env = { ...process.env, OG_IMAGES: '0', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await run(node, [script], { cwd: project.dir, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

function replaceIn(file: string, pairs: [string, string][]) {
  const path = join(project.dir, file);
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`${file} ne contient plus « ${from} » : mettez ce test à jour.`);
    text = text.replaceAll(from, to);
  }
  writeFileSync(path, text);
}

describe('publishing', () => {
  it('the starter content builds with a loud warning, and the publication check refuses it', async () => {
    const build = await npmScript('scripts/build.ts');
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(build.output).toContain('NE PAS PUBLIER CE SITE EN L’ÉTAT');
    expect(build.output).toMatch(/content\/site\.yaml:\d+ : « example\.org »/);
    const check = await npmScript('scripts/publier-verifier.ts');
    expect(check.code).toBe(1);
    expect(check.output).toContain('Le site n’est pas prêt à publier');
    expect(check.output).toMatch(/site construit : « example\.org » dans \d+ fichiers/);
  }, 600_000);

  it('with real values, the build is quiet and the publication check passes', async () => {
    // Test values, not the Département's: `.invalid` is a reserved domain name.
    replaceIn('content/site.yaml', [
      ['https://example.org', 'https://rapport.departement.invalid'],
      ['accessibilite@example.org', 'accessibilite@departement.invalid'],
      ['Service à préciser (exemple à remplacer)', 'Service de test'],
      ['Adresse postale à préciser (exemple à remplacer)', 'Adresse de test'],
    ]);
    replaceIn('content/falc/pages/accessibilite.md', [['accessibilite@example.org', 'accessibilite@departement.invalid']]);
    const build = await npmScript('scripts/build.ts');
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(build.output).not.toContain('NE PAS PUBLIER');
    const check = await npmScript('scripts/publier-verifier.ts');
    expect(check.output).toContain('le site peut être publié');
    expect(check.code).toBe(0);
  }, 600_000);
});
