import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPage, PAGE_FORMS, shortPageName } from '../../src/lib/page-names.ts';
import { CLI_TEST_TIMEOUT, runNode } from '../helpers/run-node.ts';

function tree(paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'noms-'));
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '---\ntitre: x\n---\n');
  }
  return root;
}

const root = tree([
  'content/ambitions/st-01.md',
  'content/falc/ambitions/st-01.md',
  'content/pages/accueil.md',
  'content/falc/pages/accueil.md',
  'content/glossaire/accueil.md',
  'content/thematiques/aller-vers.md',
]);

describe('findPage', () => {
  it('accepts the standard file, the FALC file, the short name and the bare name', () => {
    for (const form of ['content/ambitions/st-01.md', './content/falc/ambitions/st-01.md', 'content\\ambitions\\st-01.md', 'ambitions/st-01', 'st-01']) {
      expect(findPage(form, root), form).toEqual({
        ok: true,
        files: { page: 'ambitions/st-01', standardFile: 'content/ambitions/st-01.md', falcFile: 'content/falc/ambitions/st-01.md' },
      });
    }
    expect(shortPageName('content/falc/ambitions/st-01.md')).toBe('ambitions/st-01');
  });

  it('finds a page whose FALC version is still to write', () => {
    expect(findPage('aller-vers', root)).toMatchObject({ ok: true, files: { falcFile: 'content/falc/thematiques/aller-vers.md' } });
  });

  it('asks for the short name when a bare name is in two collections', () => {
    expect(findPage('accueil', root)).toEqual({
      ok: false,
      message: 'Plusieurs pages s’appellent « accueil » (glossaire/accueil, pages/accueil) : écrivez le nom court de celle que vous voulez.',
    });
  });

  it('says which forms it accepts when it finds nothing', () => {
    expect(findPage('st-99', root)).toEqual({ ok: false, message: `Page « st-99 » introuvable. ${PAGE_FORMS}` });
    const missing = findPage('ambitions/st-99', root);
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.message).toBe(
      `Page « ambitions/st-99 » introuvable : ni content/ambitions/st-99.md ni content/falc/ambitions/st-99.md n’existent. ${PAGE_FORMS}`,
    );
  });
});

describe('every command names a page the same ways', () => {
  const lintFalc = (argument: string) => runNode(resolve('scripts/lint-falc.ts'), ['--format', 'json', argument]);

  it('lint:falc takes the FALC file, the standard file, the short name and the bare name of a page', () => {
    const linted = ['content/falc/ambitions/st-01.md', 'content/ambitions/st-01.md', 'ambitions/st-01', 'st-01'].map((form) => {
      const result = lintFalc(form);
      return (JSON.parse(result.stdout) as Array<{ file: string }>).map((entry) => entry.file.replace(/^.*content\//, 'content/'));
    });
    expect(linted).toEqual(Array(4).fill(['content/falc/ambitions/st-01.md']));
  }, CLI_TEST_TIMEOUT);

  it('lint:falc and falc:valider give the same French message for a page they cannot find', () => {
    const lint = lintFalc('st-99');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain(`Page « st-99 » introuvable. ${PAGE_FORMS}`);
    const valider = runNode(resolve('scripts/falc-valider.ts'), ['st-99', '--statut', 'relu']);
    expect(valider.status).toBe(1);
    expect(valider.stderr).toBe(`Page « st-99 » introuvable. ${PAGE_FORMS}\n`);
  }, CLI_TEST_TIMEOUT);
});
