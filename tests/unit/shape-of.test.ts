/**
 * The report's shape as the checks read it: once per check run (a run on a
 * long report asks for it thousands of times), and again after a save of
 * content/rapport.yaml (the preview checks again on every save).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdShape, shapeOf } from '../../src/lib/checks/shape-of.ts';

describe('shapeOf', () => {
  it('gives one shape during a run, and the saved one after it', () => {
    const root = mkdtempSync(join(tmpdir(), 'forme-'));
    try {
      mkdirSync(join(root, 'content'));
      const file = join(root, 'content/rapport.yaml');
      const bilan = readFileSync('content/rapport.yaml', 'utf8');
      const save = (text: string, seconds: number) => {
        writeFileSync(file, text);
        utimesSync(file, seconds, seconds); // a later save, whatever the file system's clock resolution
      };
      save(bilan, 1_000_000);
      const release = holdShape(root);
      const during = shapeOf(root);
      expect(during?.niveaux[1]?.nom.singulier).toBe('défi');
      save(bilan.replace('singulier: défi,', 'singulier: chantier,'), 1_000_010);
      expect(shapeOf(root)).toBe(during); // not looked at again during the run
      release();
      expect(shapeOf(root)?.niveaux[1]?.nom.singulier).toBe('chantier');
      save(bilan, 1_000_020);
      expect(shapeOf(root)?.niveaux[1]?.nom.singulier).toBe('défi'); // outside a run, each save is seen
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
