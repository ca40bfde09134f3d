/** Défi titles exist only in the printed table of contents: `01. Titre<TAB>p.16`. */
import type { Block } from './blocks.ts';

export interface SommaireDefi {
  numero: number;
  titre: string;
  page: number;
}

const PACTE_LINE = /^● (.+)$/;
const DEFI_LINE = /^(\d{2})\. (.+?)\tp\.(\d+)$/;

/** Défis grouped by pacte title as printed after `● `. */
export function parseSommaire(blocks: readonly Block[]): Map<string, SommaireDefi[]> {
  const byPacte = new Map<string, SommaireDefi[]>();
  let current: SommaireDefi[] | undefined;
  for (const { text } of blocks) {
    const pacte = PACTE_LINE.exec(text);
    if (pacte) {
      current = [];
      byPacte.set(pacte[1]!, current);
      continue;
    }
    const defi = DEFI_LINE.exec(text);
    if (defi && current) current.push({ numero: Number(defi[1]), titre: defi[2]!, page: Number(defi[3]) });
  }
  return byPacte;
}
