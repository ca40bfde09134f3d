/** The optional photo of an ambition (issue 8): alt required, empty only when decorative; credit required. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { imageSchema } from '../../src/schemas/ambition.ts';
import { leafSchema } from '../../src/schemas/levels.ts';

const schema = imageSchema(z.string().min(1));
const ok = { src: './images/photo.jpg', alt: 'Des enfants dans la nouvelle cantine.', credit: 'Photo : Département du Pas-de-Calais' };
const messages = (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('image of an ambition', () => {
  it('accepts a described photo with its credit', () => {
    expect(messages(ok)).toEqual([]);
  });

  it('requires alt', () => {
    const { alt: _alt, ...withoutAlt } = ok;
    expect(messages(withoutAlt)).toEqual([expect.stringMatching(/^alt: Décrivez la photo/)]);
  });

  it('refuses an empty alt unless the photo is decorative', () => {
    expect(messages({ ...ok, alt: ' ' })).toEqual([expect.stringMatching(/^alt: .*decorative: true/)]);
    expect(messages({ ...ok, alt: '', decorative: true })).toEqual([]);
  });

  it('refuses a decorative photo with a description (contradictory)', () => {
    expect(messages({ ...ok, decorative: true })).toHaveLength(1);
  });

  it('requires the credit', () => {
    expect(messages({ ...ok, credit: '' })).toEqual([expect.stringMatching(/^credit: Indiquez l’auteur/)]);
  });

  it('is optional on an ambition', () => {
    expect(leafSchema().shape.image.safeParse(undefined).success).toBe(true);
  });
});
