/** The editorial: paragraphs, then the signature on its last two lines. */
import type { Block } from './blocks.ts';

export interface Edito {
  paragraphs: string[];
  signature: { nom: string; fonction: string };
}

export function parseEdito(blocks: readonly Block[]): Edito {
  const [heading, ...rest] = blocks;
  if (heading?.text !== 'ÉDITO' || rest.length < 3) throw new Error('Édito introuvable.');
  const fonction = rest.pop()!.text;
  const nom = rest.pop()!.text;
  return { paragraphs: rest.map((b) => b.text), signature: { nom, fonction } };
}
