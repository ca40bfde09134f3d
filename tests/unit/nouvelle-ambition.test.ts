import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

const run = (script: string, cwd: string, args: string[] = []) => runNode(resolve('scripts', script), args, { cwd });

describe('npm run nouvelle-ambition', () => {
  it('creates the next ambition of the pacte and its FALC twin, which cannot be published until filled', () => {
    const root = mkdtempSync(join(tmpdir(), 'nouvelle-'));
    cpSync(resolve('tests/fixtures/contenu/base'), root, { recursive: true });
    const created = run('nouvelle-ambition.ts', root, ['--pacte', 'solidarites-territoriales', '--defi', 'st-defi-1', '--titre', 'Une ambition : essai']);
    expect(created.status).toBe(0);
    const { data } = splitFrontMatter(readFileSync(join(root, 'content/ambitions/st-02.md'), 'utf8'));
    expect(data).toMatchObject({ pacte: 'solidarites-territoriales', defi: 'st-defi-1', numero: 2, titre: 'Une ambition : essai' });
    expect(splitFrontMatter(readFileSync(join(root, 'content/falc/ambitions/st-02.md'), 'utf8')).data.source).toBe('ambitions/st-02');

    const check = run('check-content.ts', root);
    expect(check.status).toBe(1);
    const errors = check.stdout.split('\n').filter((l) => l.includes('  erreur  '));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((l) => l.endsWith('Texte à écrire : remplacez « À COMPLÉTER » par le texte de la page.')), errors.join('\n')).toBe(true);
  }, CLI_TEST_TIMEOUT);

  it('refuses an unknown pacte or a défi of another pacte, in French', () => {
    const root = mkdtempSync(join(tmpdir(), 'nouvelle-'));
    cpSync(resolve('tests/fixtures/contenu/base'), root, { recursive: true });
    expect(run('nouvelle-ambition.ts', root, ['--pacte', 'x', '--defi', 'y', '--titre', 'z']).stderr).toBe(
      'Le pacte « x » n’existe pas. Pactes possibles : solidarites-territoriales.\n',
    );
  }, CLI_TEST_TIMEOUT);
});
