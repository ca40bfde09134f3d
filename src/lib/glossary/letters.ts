/** The glossary grouped by first letter, for its letter index: only letters that have words, accents folded (É → E). */
export interface LetterGroup<T> {
  letter: string;
  /** Anchor of the letter's section, e.g. `lettre-e`. */
  id: string;
  entries: T[];
}

export function byLetter<T extends { terme: string }>(entries: readonly T[]): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const entry of entries) {
    const letter = entry.terme.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase('fr');
    const group = groups.find((g) => g.letter === letter);
    if (group) group.entries.push(entry);
    else groups.push({ letter, id: `lettre-${letter.toLocaleLowerCase('fr')}`, entries: [entry] });
  }
  return groups.sort((a, b) => a.letter.localeCompare(b.letter, 'fr'));
}
