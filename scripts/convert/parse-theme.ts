/**
 * The four cross-cutting themes ("Thématique transversale …"): an intro, then
 * sub-sections opened by `→`, each made of short blocks ("On le fait !",
 * "En chiffres"…) whose items are bullets (►, -, - ▶) or plain paragraphs.
 * They are free-form, so they become Markdown bodies: `##` for a `→`
 * sub-section, `###` for a block, `-` for an item.
 */
import { joinBrokenSentences, type Block } from './blocks.ts';

export interface Theme {
  titre: string;
  line: number;
  /** Markdown body. */
  body: string;
  sousSections: number;
}

const THEME_HEADING = /^Thématique transversale (?:\*\*)?(.+?)(?:\*\*)?$/;
const BLOCK_HEADINGS = /^(On le fait !|On l'a fait !|Le saviez-vous \?|En chiffres?|En cours|Innovation|On a osé(?: !)?|Ça continue !)$/;
const ITEM = /^(?:- ▶|►|-)\s+/;

/** "AGIR EN FAVEUR DU CLIMAT" → "Agir en faveur du climat": capitals are print styling. */
export function sentenceCase(title: string): string {
  const lower = title.toLocaleLowerCase('fr');
  return lower.charAt(0).toLocaleUpperCase('fr') + lower.slice(1);
}

export function splitThemes(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    if (THEME_HEADING.test(block.text)) groups.push([]);
    groups.at(-1)?.push(block);
  }
  return groups;
}

export function parseTheme(blocks: readonly Block[]): Theme {
  const [head, intro, ...rest] = joinBrokenSentences(blocks);
  const title = head ? THEME_HEADING.exec(head.text)?.[1] : undefined;
  if (!head || !title || intro?.text !== "On l'a dit, on l'a fait") {
    throw new Error(`Ligne ${head?.line} : thématique mal formée.`);
  }
  const out: string[] = [];
  let sousSections = 0;
  let previousWasItem = false;
  for (const block of rest) {
    const text = block.text;
    let chunk: string;
    let isItem = false;
    if (text.startsWith('→ ')) {
      chunk = `## ${text.slice(2).trim()}`;
      sousSections++;
    } else if (BLOCK_HEADINGS.test(text)) {
      chunk = `### ${text}`;
    } else if (ITEM.test(text)) {
      chunk = `- ${text.replace(ITEM, '')}`;
      isItem = true;
    } else {
      chunk = text;
    }
    // Items of one list stay together (a tight list); everything else is its own block.
    out.push(isItem && previousWasItem ? `\n${chunk}` : `\n\n${chunk}`);
    previousWasItem = isItem;
  }
  return { titre: sentenceCase(title), line: head.line, body: out.join('').trim() + '\n', sousSections };
}
