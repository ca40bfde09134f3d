/**
 * The list of glossary links of a built site, for a person to review: every
 * linked word with the sentence it is read in, and every glossary word left
 * unlinked because it has another sense there, with the rule that decided.
 * A wrong sense then shows in this list instead of passing unseen. Written by
 * `npm run build` to `reports/glossaire-liens.md`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { linkGlossaryTerms } from './link-terms.ts';
import type { GlossaryWord, WordMatch } from './matcher.ts';
import { REJECTION_LABELS, type Rejection } from './senses.ts';

export interface BuiltPage {
  url: string;
  html: string;
  tree: Root;
}

export interface LinkedUse {
  url: string;
  word: string;
  href: string;
  sentence: string;
}

export interface RejectedUse {
  url: string;
  word: string;
  entry: string;
  reason: Rejection;
  sentence: string;
}

/** Elements that stay inside a sentence; any other one starts a new block of text. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentence of `text` around `index`, with the word at `index` in bold. */
export function sentenceAround(text: string, index: number, length: number): string {
  for (const { segment, index: start } of segmenter.segment(text)) {
    if (index < start || index >= start + segment.length) continue;
    const at = index - start;
    return tidy(`${segment.slice(0, at)}**${segment.slice(at, at + length)}**${segment.slice(at + length)}`);
  }
  return tidy(text);
}

function isGlossaryLink(node: Element): boolean {
  const classes = node.properties.className;
  return node.tagName === 'a' && Array.isArray(classes) && classes.includes('glossary-link');
}

/** Glossary links inside <main>, each with the sentence of its block (paragraph, list item, line). */
export function linkedUses(page: Pick<BuiltPage, 'url' | 'tree'>): LinkedUse[] {
  const main = select('main', page.tree);
  if (!main) return [];
  const uses: LinkedUse[] = [];
  // One block: its text, and where each link starts in it.
  const readBlock = (block: Element) => {
    let text = '';
    const links: { node: Element; at: number }[] = [];
    const walk = (nodes: readonly ElementContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') text += node.value;
        if (node.type !== 'element') continue;
        if (node.tagName === 'br') text += '\n';
        else if (!PHRASING.has(node.tagName)) {
          readBlock(node);
          continue;
        }
        if (isGlossaryLink(node)) links.push({ node, at: text.length });
        walk(node.children);
      }
    };
    walk(block.children);
    for (const { node, at } of links) {
      const word = toString(node);
      uses.push({ url: page.url, word, href: String(node.properties.href), sentence: sentenceAround(text, at, word.length) });
    }
  };
  readBlock(main);
  return uses;
}

/** Glossary words left unlinked on a built page because they have another sense there (the same rules as the build). */
export function rejectedUses<T extends GlossaryWord>(
  page: Pick<BuiltPage, 'url' | 'html'>,
  find: (text: string) => WordMatch<T>[],
  names: readonly string[],
): RejectedUse[] {
  const { rejected } = linkGlossaryTerms(page.html, find, () => undefined, names);
  return rejected.map(({ match, reason, context }) => {
    // The context is HTML text: read its entities (&#39;…) the way a browser does.
    const before = toString(fromHtml(context.slice(0, match.index), { fragment: true }));
    const text = toString(fromHtml(context, { fragment: true }));
    return { url: page.url, word: match.text, entry: match.entry.id, reason, sentence: sentenceAround(text, before.length, match.text.length) };
  });
}

const line = (s: string) => s.replace(/\n/g, ' ');

export function formatLinkReport(linked: readonly LinkedUse[], rejected: readonly RejectedUse[]): string {
  const pages = [...new Set([...linked, ...rejected].map((u) => u.url))].sort();
  const out = [
    '# Liens du glossaire',
    '',
    'Écrit par `npm run build` : chaque mot relié au glossaire, avec sa phrase, et chaque mot du glossaire laissé sans lien',
    'parce qu’il a là un autre sens. Relisez-le après un changement du texte ou du glossaire : un mot relié à la mauvaise',
    'définition s’écarte avec le champ « exclure » de son fichier `content/glossaire/<mot>.md`.',
    '',
    `${linked.length} liens, ${rejected.length} mots écartés, sur ${pages.length} pages.`,
  ];
  // Grouped once, in order: filtering the whole list for each page grew with pages × links (8 000 × 44 000 at 4 000 ambitions).
  const linkedOf = Map.groupBy(linked, (u) => u.url);
  const rejectedOf = Map.groupBy(rejected, (u) => u.url);
  for (const url of pages) {
    out.push('', `## ${url}`, '');
    for (const u of linkedOf.get(url) ?? []) out.push(`- ${u.word} → ${u.href} : ${line(u.sentence)}`);
    for (const u of rejectedOf.get(url) ?? []) out.push(`- ~~${u.word}~~ (${u.entry}, ${REJECTION_LABELS[u.reason]}) : ${line(u.sentence)}`);
  }
  return out.join('\n') + '\n';
}
