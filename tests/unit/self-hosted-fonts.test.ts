/**
 * The legible font readers may choose is served from public/fonts/ (a stable
 * address: src/styles/display-settings.css says why), copied from the installed
 * @fontsource package: an update of the package must be copied there too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const FOLDER = 'public/fonts';
const fromPackage = (name: string) => readFileSync(createRequire(import.meta.url).resolve(`@fontsource/atkinson-hyperlegible/files/${name}`));

describe('the self-hosted legible font', () => {
  it('is the installed package’s, byte for byte (after an update: copy the files again)', () => {
    const files = readdirSync(FOLDER).sort();
    expect(files).toEqual(['atkinson-hyperlegible-latin-400-normal.woff2', 'atkinson-hyperlegible-latin-700-normal.woff2']);
    for (const name of files) expect(readFileSync(`${FOLDER}/${name}`).equals(fromPackage(name)), name).toBe(true);
  });

  it('is referenced by the display settings’ stylesheet at its public address', () => {
    const css = readFileSync('src/styles/display-settings.css', 'utf8');
    for (const name of readdirSync(FOLDER)) expect(css).toContain(`url('/fonts/${name}')`);
  });
});
