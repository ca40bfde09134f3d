/** Reading and writing HTML as hast trees: the PDF is assembled from the built pages' own markup. */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Element, ElementContent, Root, RootContent } from 'hast';

export function readHtml(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

export function writeHtml(tree: Root): string {
  return unified().use(rehypeStringify).stringify(tree);
}

/** Removes, in place, every element of `node`'s subtree for which `drop` is true. */
export function removeElements(node: Root | Element, drop: (element: Element) => boolean): void {
  node.children = (node.children as RootContent[]).filter((child) => child.type !== 'element' || !drop(child)) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') removeElements(child, drop);
}

/** Calls `visit` on every element of the subtrees of `nodes` (parents before children). */
export function forEachElement(nodes: readonly (RootContent | ElementContent)[], visit: (element: Element) => void): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    visit(node);
    forEachElement(node.children, visit);
  }
}

export function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** A hast element; a string child becomes a text node. */
export function element(tagName: string, properties: Element['properties'], children: (ElementContent | string)[] = []): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}
