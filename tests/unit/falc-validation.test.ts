import { describe, expect, it } from 'vitest';
import { recordReview } from '../../src/lib/falc-validation.ts';
import { contentHash } from '../../src/lib/content-hash.ts';
import { splitFrontMatter } from '../../src/model/front-matter.ts';

const falcText = `---
titre: Un titre
# un commentaire gardé
source: ambitions/st-01
questions:
  - question: De quoi parle la section ?
  - question: Que dit la phrase ?
relecture:
  statut: a-relire
  relecteurs: []
---

## :aide: Section

Une phrase.
`;

describe('recordReview', () => {
  it('records status, readers, date and both fingerprints, keeping comments and body', () => {
    const out = recordReview(falcText, 'texte de la page complète', { statut: 'valide', relecteurs: ['Marie D.', 'Paul L.'], date: '2026-11-28' });
    const { data, body } = splitFrontMatter(out);
    expect(data.relecture).toEqual({ statut: 'valide', relecteurs: ['Marie D.', 'Paul L.'], date: '2026-11-28' });
    expect(data.empreintes).toEqual({ falc: contentHash(body), source: contentHash('texte de la page complète') });
    expect(out).toContain('# un commentaire gardé');
    expect(body).toBe('\n## :aide: Section\n\nUne phrase.\n');
  });
  it('refuses to validate without naming the readers', () => {
    expect(() => recordReview(falcText, 'x', { statut: 'valide', date: '2026-11-28' })).toThrow(/doit nommer ses relecteurs/);
  });
});
