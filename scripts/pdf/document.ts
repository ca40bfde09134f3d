/**
 * One HTML document per version, ready to print: a cover, then every part in
 * reading order, with the version's own stylesheet (its print rules apply when
 * Chromium prints) and a few rules of its own for the cover and page breaks.
 */
import type { Root } from 'hast';
import { element as h, writeHtml } from './html.ts';
import type { PagePart } from './page-part.ts';

export interface Cover {
  title: string;
  subtitle: string;
  organisation: string;
  /** When and from where the document was made. */
  origin: string;
}

export interface DocumentMeta {
  /** `<title>`: Chromium writes it as the PDF's title. */
  title: string;
  cover: Cover;
}

/** Each page of the site starts a new sheet, as in the printed report; the cover fills the first one. */
const PDF_STYLES = `
.pdf-cover { break-after: page; min-height: 220mm; display: flex; flex-direction: column; justify-content: center; }
.pdf-cover__title { font-size: 2.2em; font-weight: 700; line-height: 1.2; margin: 0 0 0.5em; }
.pdf-cover__subtitle { font-size: 1.4em; margin: 0 0 2em; }
.pdf-cover__organisation { font-size: 1.2em; font-weight: 700; margin: 0 0 0.5em; }
.pdf-part + .pdf-part { break-before: page; }
/*
 * Chromium names each bookmark after the text it draws in the heading, line by line: the
 * space where a heading wraps is not drawn, so two words would stick together. Kept spaces
 * are drawn. The kicker ("Ambition 1 :") joins the title's line, its colon shown.
 */
:is(h1, h2, h3, h4, h5, h6) { white-space: break-spaces; }
:is(h1, h2, h3, h4, h5, h6) .kicker { display: inline; font-size: 1em; color: inherit; }
:is(h1, h2, h3, h4, h5, h6) .kicker .visually-hidden { position: static; width: auto; height: auto; margin: 0; overflow: visible; clip: auto; clip-path: none; white-space: inherit; }
`;

export function assembleDocument(parts: PagePart[], anchors: string[], meta: DocumentMeta): string {
  const styles = [...new Set(parts.flatMap((part) => part.styles))];
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'fr', className: parts[0]?.rootClasses ?? [] }, [
        h('head', {}, [
          h('meta', { charSet: 'utf-8' }),
          h('title', {}, [meta.title]),
          ...styles.map((css) => h('style', {}, [css])),
          h('style', {}, [PDF_STYLES]),
        ]),
        h('body', {}, [
          h('header', { className: ['pdf-cover'] }, [
            h('p', { className: ['pdf-cover__title'] }, [meta.cover.title]),
            h('p', { className: ['pdf-cover__subtitle'] }, [meta.cover.subtitle]),
            h('p', { className: ['pdf-cover__organisation'] }, [meta.cover.organisation]),
            h('p', {}, [meta.cover.origin]),
          ]),
          h(
            'main',
            {},
            parts.map((part, i) => h('section', { id: anchors[i], className: ['pdf-part', `pdf-part--${part.kind}`] }, part.content)),
          ),
        ]),
      ]),
    ],
  };
  return writeHtml(tree);
}
