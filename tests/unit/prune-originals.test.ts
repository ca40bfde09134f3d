/**
 * A photo's original (with its EXIF: GPS position, phone, author) must not stay
 * in the published site when no page uses it, while every image a published
 * file names is kept, wherever that file is and whatever kind of file it is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneUnreferencedImages } from '../../src/lib/build/prune-originals.ts';
import { fileTree } from '../helpers/file-tree.ts';

const site = (files: Record<string, string>) => fileTree('originals-', files);

describe('pruneUnreferencedImages', () => {
  it('removes the images of _astro/ that no published file names, and keeps the others', () => {
    const dir = site({
      '_astro/photo.AbC123.jpg': 'original',
      '_astro/photo.AbC123_Z1x9.webp': 'resized',
      '_astro/carte.QwE456.png': 'original',
      '_astro/logo.Rty789.svg': 'used by a stylesheet',
      '_astro/fond.Uio000.avif': 'named by the sitemap only',
      '_astro/site.Pqr111.css': '.logo { background: url(/_astro/logo.Rty789.svg) }',
      'index.html': '<img src="/_astro/photo.AbC123_Z1x9.webp" alt="">',
      'ambitions/st-01/index.html': '<p>Aucune image.</p>',
      'sitemap-0.xml': '<image:loc>/_astro/fond.Uio000.avif</image:loc>',
    });
    expect(pruneUnreferencedImages(dir).sort()).toEqual(['carte.QwE456.png', 'photo.AbC123.jpg']);
    expect(existsSync(join(dir, '_astro/photo.AbC123.jpg'))).toBe(false);
    expect(existsSync(join(dir, '_astro/carte.QwE456.png'))).toBe(false);
    for (const kept of ['photo.AbC123_Z1x9.webp', 'logo.Rty789.svg', 'fond.Uio000.avif', 'site.Pqr111.css']) {
      expect(existsSync(join(dir, '_astro', kept)), kept).toBe(true);
    }
  });

  it('does not take an image’s own name, or a file that is not published text, for a use of it', () => {
    const dir = site({
      '_astro/photo.AbC123.jpg': 'photo.AbC123.jpg',
      '_astro/notes.bin': 'photo.AbC123.jpg',
      'index.html': '<p>Accueil</p>',
    });
    expect(pruneUnreferencedImages(dir)).toEqual(['photo.AbC123.jpg']);
  });

  it('removes nothing from a site without _astro/', () => {
    expect(pruneUnreferencedImages(site({ 'index.html': '<p>Accueil</p>' }))).toEqual([]);
  });
});
