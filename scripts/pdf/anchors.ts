/**
 * Links inside one document made of many pages: each page gets an anchor and its
 * ids a prefix (every ambition has its own `#actions`), and each link goes to the
 * anchor when its target is in the document, or else to the public site.
 */
import type { Element } from 'hast';
import { forEachElement } from './html.ts';
import type { PagePart } from './page-part.ts';

/** Properties that hold id references (hast names), rewritten with the ids themselves. */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor', 'headers'] as const;

/** `/facile-a-lire/solidarites-territoriales/ambition-1/` → `solidarites-territoriales-ambition-1`. */
export function partAnchor(path: string, prefix: string): string {
  const local = path.slice(prefix.length).replace(/^\/|\/$/g, '');
  return local.replaceAll('/', '-') || 'accueil';
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function prefixIds(element: Element, anchor: string): void {
  const scoped = (id: unknown) => `${anchor}--${String(id)}`;
  if (element.properties.id !== undefined) element.properties.id = scoped(element.properties.id);
  for (const name of ID_REFERENCES) {
    const value = element.properties[name];
    // hast parses these space-separated lists as arrays.
    if (Array.isArray(value)) element.properties[name] = value.map(scoped);
  }
}

export interface LinkContext {
  /** URL prefix of the version (`''` or `/facile-a-lire`). */
  prefix: string;
  /** Public address of the site, without a trailing slash (`content/site.yaml`). */
  siteAddress: string;
}

/** Rewrites, in place, the ids and links of all the parts of one document; returns the part anchors in order. */
export function linkParts(parts: PagePart[], { prefix, siteAddress }: LinkContext): string[] {
  const anchors = new Map(parts.map((part) => [part.path, partAnchor(part.path, prefix)]));
  const ids = new Set<string>();
  for (const part of parts) {
    forEachElement(part.content, (element) => {
      prefixIds(element, anchors.get(part.path)!);
      if (element.properties.id !== undefined) ids.add(String(element.properties.id));
    });
  }
  const inDocument = (anchor: string, fragment: string) => {
    const scoped = `${anchor}--${decodeFragment(fragment)}`;
    return `#${fragment && ids.has(scoped) ? scoped : anchor}`;
  };

  for (const part of parts) {
    const own = anchors.get(part.path)!;
    forEachElement(part.content, (element) => {
      if (element.tagName !== 'a' || typeof element.properties.href !== 'string') return;
      const href = element.properties.href;
      if (href.startsWith('#')) {
        element.properties.href = inDocument(own, href.slice(1));
      } else if (href.startsWith('/') && !href.startsWith('//')) {
        const [path = '', fragment = ''] = href.split('#', 2);
        const target = anchors.get(path);
        element.properties.href = target ? inDocument(target, fragment) : `${siteAddress}${href}`;
      }
    });
  }
  return parts.map((part) => anchors.get(part.path)!);
}
