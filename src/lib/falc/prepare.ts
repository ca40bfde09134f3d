import type { Heading, Html, Link, Nodes, Parents, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { placeOf } from './define-rule.ts';
import { readFrontMatter } from './front-matter.ts';
import { parseIgnoreComment } from './ignore.ts';
import type { Block, FalcFileData } from './types.ts';

/** `:mairie:` at the start of a heading: the project's pictogram syntax. */
export const PICTOGRAM = /^:([a-z0-9-]+):[ \t]*/;
/** Something that looks like a pictogram but is badly written (`:Mairie:`, `:mairie :`). */
export const PICTOGRAM_LIKE = /^:[^:\s][^:]*:/;

/** mdast node types that the prose rules never read. */
export const NOT_PROSE = ['falcPictogram', 'falcUrl', 'image', 'imageReference', 'footnoteReference'];

/**
 * remark plugin run before the bridge to retext. It reads what the prose rules
 * and the structure rules share: the front matter, the prose blocks, the
 * heading pictograms, the `falc-ignore` comments. It also hides from the prose
 * rules what is not prose: the `:pictogram:` of a heading and bare URLs.
 */
export function falcPrepare(options: { knownRuleIds: ReadonlySet<string> }) {
  return function transformer(tree: Root, file: VFile) {
    const data = file.data as FalcFileData;
    const place = placeOf(file);
    data.falcFrontMatter = readFrontMatter(String(file.value));
    const blocks: Block[] = [];
    const pictograms: NonNullable<FalcFileData['falcPictograms']> = [];
    data.falcBlocks = blocks;
    data.falcPictograms = pictograms;
    data.falcIgnores = [];

    visitParents(tree, (node: Nodes, ancestors: Parents[]) => {
      // eslint-disable-next-line consistent-return -- SKIP for hidden links only
      if (ancestors.some((ancestor) => ancestor.type === 'table')) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;

      if (node.type === 'heading') {
        const cut = hidePictogram(node, file);
        if (cut) pictograms.push(cut);
        blocks.push({ type: 'heading', start, end, depth: node.depth, inList: false, tokens: [], sentences: [] });
      } else if (node.type === 'paragraph') {
        const inList = ancestors.some((ancestor) => ancestor.type === 'listItem');
        blocks.push({ type: 'paragraph', start, end, inList, tokens: [], sentences: [] });
      } else if (node.type === 'text' && BARE_URL.test(node.value)) {
        splitUrls(node, ancestors.at(-1), file);
        return SKIP;
      } else if (node.type === 'link' && isBareUrl(node)) {
        hideNode(node, ancestors.at(-1), 'falcUrl');
        return SKIP;
      } else if (node.type === 'html') {
        const endLine = place.toPoint(end)?.line ?? 0;
        const comment = parseIgnoreComment((node as Html).value, start, end, endLine, options.knownRuleIds);
        if (comment) data.falcIgnores!.push(comment);
      }
    });
    blocks.sort((a, b) => a.start - b.start);
  };
}

/** Cut `:name: ` off the first text of a heading into a node the prose rules skip. */
function hidePictogram(heading: Heading, file: VFile) {
  const first = heading.children[0];
  if (first?.type !== 'text' || !first.position) return undefined;
  const match = PICTOGRAM.exec(first.value);
  if (!match) return undefined;
  const start = first.position.start.offset ?? 0;
  const cut = start + match[0].length;
  const point = placeOf(file).toPoint(cut);
  if (!point) return undefined;
  const rest: Text = { type: 'text', value: first.value.slice(match[0].length), position: { start: point, end: first.position.end } };
  const pictogram = { type: 'falcPictogram', position: { start: first.position.start, end: point } };
  heading.children.splice(0, 1, pictogram as unknown as Text, ...(rest.value ? [rest] : []));
  return { name: match[1] ?? '', start, end: start + match[0].trimEnd().length };
}

/** A web or e-mail address written as text (GFM autolinks are not parsed: too slow). */
const BARE_URL = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>«»"]*[^\s<>«»".,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** Cut the addresses out of a text node into nodes the prose rules skip. */
function splitUrls(node: Text, parent: Parents | undefined, file: VFile): void {
  const start = node.position?.start.offset;
  if (!parent || start === undefined) return;
  const place = placeOf(file);
  const pieces: Array<Text | { type: string; position: Text['position'] }> = [];
  const pattern = new RegExp(BARE_URL.source, 'g');
  let last = 0;
  const range = (from: number, to: number) => {
    const a = place.toPoint(start + from);
    const b = place.toPoint(start + to);
    return a && b ? { start: a, end: b } : undefined;
  };
  for (const match of node.value.matchAll(pattern)) {
    const at = match.index;
    if (at > last) pieces.push({ type: 'text', value: node.value.slice(last, at), position: range(last, at) });
    pieces.push({ type: 'falcUrl', position: range(at, at + match[0].length) });
    last = at + match[0].length;
  }
  if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last), position: range(last, node.value.length) });
  const index = (parent.children as Nodes[]).indexOf(node);
  if (index >= 0) (parent.children as unknown[]).splice(index, 1, ...pieces);
}

/** A link whose text is its address (`https://…`, `www.…`, an e-mail): not words. */
function isBareUrl(link: Link): boolean {
  const text = toString(link);
  return text === link.url || 'mailto:' + text === link.url || /^(?:https?:\/\/|www\.)/.test(text);
}

function hideNode(node: Nodes, parent: Parents | undefined, type: string): void {
  if (!parent) return;
  const index = (parent.children as Nodes[]).indexOf(node);
  if (index >= 0) (parent.children as unknown[])[index] = { type, position: node.position };
}
