/**
 * content/site.yaml read by the site (src/lib/site-config.ts): a mistake gives the
 * content check's French message (file:line, what to do), never the schema's
 * English error; in the dev server, the last good settings (or the preview's
 * placeholders) stay in use and the file is recorded as refused, for the preview's
 * banner and terminal to say so.
 */
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSiteConfig, SiteConfigError } from '../../src/lib/site-config.ts';
import { PREVIEW_SITE_CONFIG } from '../../src/lib/dev/preview-site-config.ts';
import { checkDataFiles } from '../../src/lib/checks/check-data-files.ts';
import { formatIssues } from '../../src/lib/report-issues.ts';
import { accept, refusedFiles } from '../../src/lib/dev/refused-entries.ts';

const GOOD = 'titre: Bilan\norganisation: Département\nadresse: https://example.org\ncontact:\n  email: a@example.org\n  adressePostale: [Département]\n';

function project(siteYaml: string): { root: string; save(text: string): void } {
  const root = mkdtempSync(join(tmpdir(), 'reglages-'));
  mkdirSync(join(root, 'content'));
  // Every project has the shape of its report: here the bilan's.
  copyFileSync('content/rapport.yaml', join(root, 'content/rapport.yaml'));
  const save = (text: string) => writeFileSync(join(root, 'content/site.yaml'), text);
  save(siteYaml);
  return { root, save };
}

function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error('readSiteConfig did not throw');
}

afterEach(() => accept('content/site.yaml'));

describe('readSiteConfig', () => {
  it('reads good settings', () => {
    expect(readSiteConfig(project(GOOD).root, false)).toMatchObject({ titre: 'Bilan', adresse: 'https://example.org' });
  });

  it.each([
    ['a wrong value', GOOD.replace('https://example.org', 'javascript:alert(1)'), 'content/site.yaml:3  erreur  « adresse » : écrivez l’adresse publique du site, qui commence par « https:// ».'],
    ['a YAML mistake', GOOD.replace('titre: Bilan', 'titre: "Bilan'), 'content/site.yaml:1:8  erreur  Le fichier est mal écrit : un guillemet ouvert n’est pas fermé : ajoutez-le à la fin de la valeur.'],
    ['a missing field', GOOD.replace('organisation: Département\n', ''), 'content/site.yaml:1  erreur  Le champ « organisation » manque. Ajoutez une ligne « organisation: … » dans le fichier.'],
  ])('reports %s as lint:content does, in French, at its line', (_case, text, line) => {
    const { root } = project(text);
    const error = thrown(() => readSiteConfig(root, false));
    expect(error).toBeInstanceOf(SiteConfigError);
    expect(formatIssues(checkDataFiles(root))).toBe(line);
    expect((error as Error).message).toBe(`Les réglages du site sont à corriger :\n${line}`);
  });

  it('in the dev server, keeps the last good settings while the file is wrong, and records it as refused', () => {
    const { root, save } = project(GOOD);
    expect(readSiteConfig(root, true).titre).toBe('Bilan');
    save(GOOD.replace('titre: Bilan', 'titre: Nouveau').replace('https://example.org', 'ftp://example.org'));
    expect(readSiteConfig(root, true).titre).toBe('Bilan');
    expect(refusedFiles()).toEqual([{ file: 'content/site.yaml', fallback: 'previous' }]);
    save(GOOD.replace('titre: Bilan', 'titre: Nouveau'));
    expect(readSiteConfig(root, true).titre).toBe('Nouveau');
    expect(refusedFiles()).toEqual([]);
  });

  it('in the dev server, uses the preview\'s placeholders while the file was never right, then the file once it is', () => {
    const { root, save } = project(GOOD.replace('https://example.org', 'ftp://example.org'));
    // Never thrown to Astro, which would print its English error and stack trace.
    expect(readSiteConfig(root, true)).toEqual(PREVIEW_SITE_CONFIG);
    expect(refusedFiles()).toEqual([{ file: 'content/site.yaml', fallback: 'defaults' }]);
    // Outside the dev server, the same file is still an error.
    expect(thrown(() => readSiteConfig(root, false))).toBeInstanceOf(SiteConfigError);
    save(GOOD);
    expect(readSiteConfig(root, true).titre).toBe('Bilan');
    expect(refusedFiles()).toEqual([]);
    save('titre: [');
    expect(readSiteConfig(root, true).titre).toBe('Bilan');
    expect(refusedFiles()).toEqual([{ file: 'content/site.yaml', fallback: 'previous' }]);
  });

  it('has placeholders that say where to fix them: no title, organisation or address is made up', () => {
    const { titre, organisation, contact } = PREVIEW_SITE_CONFIG;
    for (const text of [titre, organisation, ...contact.adressePostale]) expect(text).toContain('à corriger dans content/site.yaml');
    expect(contact.email ?? contact.formulaire).toBeUndefined();
    expect(PREVIEW_SITE_CONFIG.identite).toBeUndefined();
  });
});
