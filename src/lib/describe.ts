/** A page description from its first sentence(s), cut at a word boundary: Markdown marks removed. */
export function describe(markdown: string, max = 160): string {
  const plain = markdown
    .replace(/^---[\s\S]*?---/, '')
    .replace(/[*_#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
