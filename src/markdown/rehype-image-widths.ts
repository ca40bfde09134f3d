/**
 * Images written in a page's Markdown are published like the ambitions' photos
 * (src/components/ReportImage.astro): never wider than 1080 px, with 360 / 720 /
 * 1080 px versions for the browser to choose from. Astro's image pipeline
 * (which re-encodes every local image with sharp, so that no metadata and no
 * original reaches dist/) reads these `width`, `height`, `widths` and `sizes`
 * from the <img>; without them it would publish the camera's full width.
 */
import { dirname, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import { LARGEST_PUBLISHED_WIDTH } from '../lib/checks/check-image-file.ts';

export const PUBLISHED_WIDTHS = [360, 720, LARGEST_PUBLISHED_WIDTH];
/** The text column is 48rem wide minus 2 × 1rem of padding; narrower screens give it their width minus the padding. */
export const IMAGE_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

/** The widths to publish for a source `width` px wide: the standard ones below it, and at most 1080. */
export function publishedWidths(width: number): number[] {
  const widths = PUBLISHED_WIDTHS.filter((w) => w < width);
  widths.push(Math.min(width, LARGEST_PUBLISHED_WIDTH));
  return widths;
}

const isLocal = (src: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) && !src.startsWith('/');

export default function rehypeImageWidths() {
  return (tree: Root, file: VFile): Promise<void> | undefined => {
    // Front-matter fields are rendered without a file: they hold no image (the content check refuses it).
    if (typeof file.path !== 'string' || file.path === '') return undefined;
    const images: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && typeof node.properties.src === 'string' && isLocal(node.properties.src)) images.push(node);
    });
    if (images.length === 0) return undefined;
    return Promise.all(images.map(async (img) => {
      let size: { width?: number | undefined; height?: number | undefined };
      try {
        size = await sharp(resolve(dirname(file.path), decodeURI(String(img.properties.src)))).metadata();
      } catch {
        return; // A missing or unreadable file: the content check says which, Astro stops the build.
      }
      if (!size.width || !size.height) return;
      const widths = publishedWidths(size.width);
      const width = widths.at(-1)!;
      Object.assign(img.properties, { width, height: Math.round((size.height * width) / size.width), widths, sizes: IMAGE_SIZES });
    })).then(() => undefined);
  };
}
