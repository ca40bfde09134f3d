/**
 * The printable pack of a review session with readers, as one HTML document:
 * a cover (date, the pages read), then for each page its FALC text, its
 * questions each followed by room to write, and a grid for the words not
 * understood and what was hard; then the expected answers for the facilitator,
 * and a sheet to record the session the way `npm run falc:valider` stores it.
 * Large print (16 pt and more), A4, system fonts only: nothing is fetched.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { element as h, writeHtml } from '../pdf/html.ts';
import { tf } from '../../src/i18n/falc.ts';
import type { KeyFigureText, SessionPage } from './session-page.ts';

export interface PackMeta {
  /** Who runs the session (the site's organisation). */
  organisation: string;
  /** When the pack was made, written on the cover. */
  date: Date;
}

/** Empty rows of the grids, where readers and the facilitator write by hand. */
const NOTE_ROWS = 5;
const READER_ROWS = 6;

const STYLES = `
@page { size: A4; }
html { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 16pt; line-height: 1.6; color: #000; background: #fff; }
body { margin: 0; }
h1, h2, h3, h4 { line-height: 1.3; margin: 1.2em 0 0.5em; break-after: avoid; }
h1 { font-size: 26pt; }
h2 { font-size: 22pt; }
h3 { font-size: 19pt; }
h4 { font-size: 17pt; }
p, li { margin: 0 0 0.8em; max-width: 40em; }
ul, ol { padding-left: 1.5em; }
.cover { break-after: page; }
.cover__subtitle { font-size: 19pt; }
.cover__pages li { margin-bottom: 0.4em; }
.part { break-before: page; }
.part__kicker { display: block; font-size: 16pt; font-weight: 400; }
.falc-section { display: flex; gap: 6mm; align-items: flex-start; break-inside: avoid; }
.falc-section__picto { flex: none; }
.pictogram { width: 16mm; height: 16mm; display: block; }
.key-figures { list-style: none; padding: 0; }
.questions { break-before: page; }
.questions > ol > li { break-inside: avoid; margin-bottom: 1em; }
.question { font-weight: 700; margin-bottom: 0.3em; }
/* Ruled room to write an answer: printed lines 12 mm apart. */
.write-here { height: 36mm; border: 1.5pt solid #000; border-radius: 2mm;
  background: repeating-linear-gradient(to bottom, transparent 0, transparent 11.5mm, #888 11.5mm, #888 12mm); }
table { width: 100%; border-collapse: collapse; margin: 0 0 1em; break-inside: auto; }
th, td { border: 1.5pt solid #000; padding: 2mm 3mm; text-align: left; vertical-align: top; }
th { font-size: 16pt; background: #eee; }
tr { break-inside: avoid; }
/* The readers' grid stays on one sheet (a table split over two repeats its headings). */
.notes { break-inside: avoid; }
.notes td { height: 22mm; }
.record td { height: 16mm; }
.tick { display: inline-block; white-space: nowrap; }
.record th:first-child { width: 40%; }
.box { display: inline-block; width: 6mm; height: 6mm; border: 1.5pt solid #000; vertical-align: middle; margin: 0 2mm 0 4mm; }
.blank { display: inline-block; min-width: 70mm; border-bottom: 1.5pt solid #000; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 12pt; overflow-wrap: anywhere; }
.commands li { margin-bottom: 0.6em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

const longDate = (date: Date) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(date);

/** A square to tick by hand, followed by its label. */
const tick = (label: string): ElementContent[] => [h('span', { className: ['tick'] }, [h('span', { className: ['box'], ariaHidden: 'true' }), label])];

/** A table with column headings and empty rows to fill in by hand. */
/** A cell: its children, text or elements. */
type Cell = (ElementContent | string)[];

function grid(className: string, caption: string, headings: string[], rows: Cell[][]): Element {
  return h('table', { className: [className] }, [
    h('caption', { className: ['visually-hidden'] }, [caption]),
    h('thead', {}, [h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, [heading])))]),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))),
  ]);
}

const emptyRows = (count: number, columns: number): Cell[][] =>
  Array.from({ length: count }, () => Array.from({ length: columns }, () => []));

function cover(pages: readonly SessionPage[], meta: PackMeta): Element {
  return h('header', { className: ['cover'] }, [
    h('h1', {}, ['Séance de relecture']),
    h('p', { className: ['cover__subtitle'] }, ['Des textes faciles à lire, vérifiés par leurs lecteurs']),
    h('p', {}, [meta.organisation]),
    h('p', {}, [`Document préparé le ${longDate(meta.date)}.`]),
    h('h2', {}, ['Les pages de cette séance']),
    h('ol', { className: ['cover__pages'] }, pages.map((page) => h('li', {}, [page.title]))),
    h('h2', {}, ['Comment se passe la séance']),
    h('p', {}, [
      'Vous lisez un texte.', h('br', {}),
      'Ensuite, nous posons des questions sur ce texte.', h('br', {}),
      'Vous pouvez écrire les mots que vous ne comprenez pas.', h('br', {}),
      'Vous pouvez dire ce qui est difficile.', h('br', {}),
      'Vous pouvez faire une pause quand vous voulez.',
    ]),
  ]);
}

/** The page's key figure cards, as the site shows them under « Quelques chiffres ». */
function keyFigures(figures: readonly KeyFigureText[]): Element[] {
  if (figures.length === 0) return [];
  const picto = (src: string) => h('span', { className: ['falc-section__picto'] }, [h('img', { className: ['pictogram'], src, alt: '' })]);
  return [
    h('h3', {}, [tf('keyFigures.title')]),
    h(
      'ul',
      { className: ['key-figures'] },
      figures.map((figure) =>
        h('li', { className: ['falc-section'] }, [
          ...(figure.pictogram ? [picto(figure.pictogram)] : []),
          // Each line is typeset HTML (numbers kept whole in <span class="nombre">), not plain text.
          h('p', {}, figure.lines.flatMap((line, i) => [...(i === 0 ? [] : [h('br', {})]), ...(fromHtml(line, { fragment: true }).children as ElementContent[])])),
        ]),
      ),
    ),
  ];
}

function pagePart(page: SessionPage, index: number, total: number): Element {
  return h('section', { className: ['part'], ariaLabelledby: `page-${index + 1}` }, [
    h('h2', { id: `page-${index + 1}` }, [h('span', { className: ['part__kicker'] }, [`Texte ${index + 1} sur ${total} :`]), ' ', page.title]),
    ...page.content,
    ...keyFigures(page.keyFigures),
    h('section', { className: ['questions'] }, [
      h('h3', {}, [`Les questions sur le texte ${index + 1}`]),
      h('ol', {}, page.questions.map((q) => h('li', {}, [h('p', { className: ['question'] }, [q.question]), h('div', { className: ['write-here'] })]))),
      h('h3', {}, [`Vos remarques sur le texte ${index + 1}`]),
      grid('notes', `Vos remarques sur le texte ${index + 1}`, ['Mots pas compris', 'Ce qui était difficile'], emptyRows(NOTE_ROWS, 2)),
    ]),
  ]);
}

/** For the facilitator only: printed apart, after the readers' pages. */
function answers(pages: readonly SessionPage[]): Element {
  return h('section', { className: ['part'] }, [
    h('h2', {}, ['Pour l’animateur : les réponses attendues']),
    h('p', {}, ['Ces réponses viennent du texte. Une autre réponse juste, dite avec d’autres mots, est une bonne réponse.']),
    ...pages.flatMap((page, i) => [
      h('h3', {}, [`Texte ${i + 1} : ${page.title}`]),
      h('ol', {}, page.questions.map((q) => h('li', {}, [q.question, h('br', {}), q.reponse ? `Réponse : ${q.reponse}` : 'Réponse : à juger avec le texte.']))),
    ]),
  ]);
}

/** What `npm run falc:valider` records: date, readers (named only with their consent), status, what was changed. */
function record(pages: readonly SessionPage[]): Element {
  return h('section', { className: ['part'] }, [
    h('h2', {}, ['Compte rendu de la séance']),
    h('p', {}, ['Date de la séance : ', h('span', { className: ['blank'] })]),
    h('p', {}, ['Lieu : ', h('span', { className: ['blank'] })]),
    h('p', {}, ['Animateur ou animatrice : ', h('span', { className: ['blank'] })]),
    h('h3', {}, ['Les lecteurs']),
    grid(
      'record',
      'Les lecteurs',
      ['Prénom ou initiales', 'Accord écrit signé', 'Son prénom peut être écrit sur la page'],
      Array.from({ length: READER_ROWS }, () => [[], tick('oui'), [...tick('oui'), ...tick('non')]]),
    ),
    h('h3', {}, ['Les textes']),
    grid(
      'record',
      'Les textes',
      ['Texte', 'Ce qui a été changé', 'Résultat'],
      pages.map((page, i) => [[`${i + 1}. ${page.title}`], [], [...tick('validé'), h('br', {}), ...tick('à revoir')]]),
    ),
    h('h3', {}, ['Enregistrer la séance']),
    h('p', {}, [
      'Après la séance, corrigez les textes, puis enregistrez la relecture de chaque page validée : ',
      'les prénoms ou initiales des lecteurs d’accord pour être nommés, la date et ce qui a été changé.',
    ]),
    h(
      'ul',
      { className: ['commands'] },
      pages.map((page) =>
        h('li', {}, [
          h('code', {}, [`npm run falc:valider -- ${page.page} --statut valide --relecteurs "…" --date AAAA-MM-JJ --changements "…"`]),
        ]),
      ),
    ),
  ]);
}

export function packTitle(date: Date): string {
  return `Séance de relecture facile à lire — ${longDate(date)}`;
}

export function assemblePack(pages: readonly SessionPage[], meta: PackMeta): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'fr' }, [
        h('head', {}, [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', {}, [packTitle(meta.date)]),
          h('style', {}, [STYLES]),
        ]),
        h('body', {}, [
          cover(pages, meta),
          h('main', {}, [...pages.map((page, i) => pagePart(page, i, pages.length)), answers(pages), record(pages)]),
        ]),
      ]),
    ],
  };
  return writeHtml(tree);
}
