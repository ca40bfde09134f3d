/**
 * One built page as a part of the PDF: the content of its `<main>` without what
 * only serves to move around the site, headings shifted to their rank in the
 * document, and the page's own styles.
 */
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, ElementContent } from 'hast';
import { classesOf, forEachElement, readHtml, removeElements } from './html.ts';
import { builtFileOf, type PartKind, type ReportPart } from './reading-order.ts';

/**
 * Site navigation (breadcrumbs, "on this page", pagers, version switch, skip links),
 * search forms, scripts and the PDF link itself: useless, or misleading, on paper.
 */
const NAVIGATION = 'nav, form, script, template, .skip-link, .version-switch, .search, .pdf-download';

/**
 * Rank of a page's own `h1` in the document: pactes, édito, themes and glossary are
 * top-level (bookmarks of the first level), an ambition sits under its pacte.
 */
const HEADING_SHIFT: Record<PartKind, number> = { edito: 0, pacte: 0, ambition: 1, thematique: 0, glossaire: 0 };

export interface PagePart extends ReportPart {
  /** Text of the page's `h1`: its bookmark. */
  title: string;
  content: ElementContent[];
  /** The page's inlined stylesheets (the version's CSS, print rules included). */
  styles: string[];
  /** Classes of the page's `<html>` (the FALC styles hang on `html.falc`). */
  rootClasses: string[];
}

function shiftHeadings(content: ElementContent[], shift: number): void {
  if (shift === 0) return;
  forEachElement(content, (element) => {
    const level = /^h([1-6])$/.exec(element.tagName)?.[1];
    if (level) element.tagName = `h${Math.min(6, Number(level) + shift)}`;
  });
}

export function readPagePart(dist: string, part: ReportPart): PagePart {
  const tree = readHtml(builtFileOf(dist, part.path));
  const main = select('main', tree);
  if (!main) throw new Error(`La page ${part.path} n’a pas d’élément <main>.`);
  const title = toString(select('h1', main) ?? main).replace(/\s+/g, ' ').trim();
  removeElements(main, (element: Element) => matches(NAVIGATION, element));
  const content = main.children;
  shiftHeadings(content, HEADING_SHIFT[part.kind]);
  const styles = selectAll('head style', tree).map((style) => toString(style));
  const root = select('html', tree);
  return { ...part, title, content, styles, rootClasses: root ? classesOf(root) : [] };
}
