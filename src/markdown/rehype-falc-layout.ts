/**
 * FALC pages only (files under content/falc/): the layout rules of the FALC
 * standard that live in the text itself.
 * - A `## :name: Heading` section becomes <section class="falc-section"> with
 *   its pictogram on the left, decorative (the heading says the same thing): an
 *   <img> of the Mulberry drawing (src/lib/pictograms/image.ts).
 * - Authors write one sentence per line; each line break is kept as <br>, so
 *   every sentence starts on a new line.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { unknownPictogramMessage } from '../lib/pictograms/pictograms.ts';
import { pictogramImage, pictogramSources } from '../lib/pictograms/image.ts';

export interface FalcLayoutOptions {
  /** Pictogram name → address of its drawing; by default, content/pictogrammes.yaml of the current directory. */
  pictograms?: Record<string, string>;
}

const PICTOGRAM_PREFIX = /^\s*:([a-z0-9-]+):\s*/;

export function isFalcFile(file: VFile): boolean {
  const path = (file.path ?? file.history[0] ?? '').replaceAll('\\', '/');
  return path.includes('/content/falc/');
}

function pictogramElement(name: string, file: VFile, sources: Record<string, string>): Element {
  // The content check stops the build before this; in `npm run dev` it is only a warning.
  if (!Object.hasOwn(sources, name)) throw new Error(`${file.path} : ${unknownPictogramMessage(`:${name}:`)}`);
  const { src, size } = pictogramImage(name, sources[name]);
  const img: Element = {
    type: 'element',
    tagName: 'img',
    properties: { className: ['pictogram'], src, alt: '', width: size, height: size, decoding: 'async' },
    children: [],
  };
  return { type: 'element', tagName: 'span', properties: { className: ['falc-section__picto'] }, children: [img] };
}

/** Takes the `:name:` off a heading and returns the name, if there is one. */
function takePictogram(heading: Element): string | undefined {
  const first = heading.children[0];
  if (first?.type !== 'text') return undefined;
  const match = PICTOGRAM_PREFIX.exec(first.value);
  if (!match) return undefined;
  first.value = first.value.slice(match[0].length);
  return match[1];
}

function keepLineBreaks(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'p' && node.tagName !== 'li') return;
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'text' || !child.value.includes('\n')) return [child];
      const lines = child.value.split('\n');
      return lines.flatMap((line, i): ElementContent[] => {
        const text: Text = { type: 'text', value: line };
        return i === 0 ? [text] : [{ type: 'element', tagName: 'br', properties: {}, children: [] }, text];
      });
    });
  });
}

function groupSections(tree: Root, file: VFile, sources: Record<string, string>): void {
  const out: RootContent[] = [];
  let current: Element | undefined;
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'h2') {
      const name = takePictogram(node);
      const body: Element = { type: 'element', tagName: 'div', properties: { className: ['falc-section__body'] }, children: [node] };
      current = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['falc-section'] },
        children: name ? [pictogramElement(name, file, sources), body] : [body],
      };
      out.push(current);
      continue;
    }
    if (current && node.type !== 'doctype') {
      (current.children.at(-1) as Element).children.push(node as ElementContent);
    } else {
      out.push(node);
    }
  }
  tree.children = out;
}

export default function rehypeFalcLayout(options: FalcLayoutOptions = {}) {
  const sources = options.pictograms ?? pictogramSources();
  return (tree: Root, file: VFile) => {
    if (!isFalcFile(file)) return;
    keepLineBreaks(tree);
    groupSections(tree, file, sources);
  };
}
