/**
 * Fingerprint of what FALC readers review on a page (`empreintes.falc`): its
 * body and, when it has key figures, their sentences, which are FALC text shown
 * on the page too. A page without key figures keeps the body's fingerprint, so
 * the records written before key figures existed stay valid.
 */
import { contentHash } from './content-hash.ts';

/** `keyFigures`: the page's `chiffresCles` as read from its front matter (any shape; only `texte` counts). */
export function falcFingerprint(body: string, keyFigures?: unknown): string {
  const sentences = Array.isArray(keyFigures)
    ? keyFigures.flatMap((f: unknown) => {
        const texte = (f as { texte?: unknown } | null)?.texte;
        return typeof texte === 'string' ? [texte] : [];
      })
    : [];
  return contentHash(sentences.length === 0 ? body : [body, ...sentences].join('\n\n'));
}
