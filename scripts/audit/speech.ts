/**
 * Speech check: every number of 4 digits or more, every numbered label, every
 * date and every abbreviated unit of each built page (both versions) must sound,
 * in eSpeak NG, like its reference (the number without separators, « Défi 1 »,
 * the date with its month in words, « 2 hectares » for « 2 ha »). A no-break space between thousands, which eSpeak
 * reads « quarante-quatre neuf cent cinquante » for 44 950, fails it.
 *
 * The text is what a screen reader gets from the HTML: the window title and
 * the body, without hidden or aria-hidden content, block elements on their own
 * lines (hast-util-to-text, the innerText algorithm).
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import type { BuiltPage } from './pages.ts';
import type { Violation } from './types.ts';
import { compareSpoken, spokenItems, type SpokenCheck, type SpokenKind } from './spoken-items.ts';
import { ESPEAK, espeakVersion, phonemesOf } from './espeak.ts';
import { numberedLevels, projectShape, type ReportShape } from '../../src/model/report-shape.ts';

/** The tree without what assistive technologies do not read (aria-hidden="true"). */
function withoutAriaHidden<T extends Root | Element>(node: T): T {
  const keep = (child: RootContent) => !(child.type === 'element' && String(child.properties.ariaHidden) === 'true');
  return {
    ...node,
    children: node.children.filter(keep).map((child) => (child.type === 'element' ? withoutAriaHidden(child) : child)),
  } as T;
}

/** The page's title and body text, as read by a screen reader. */
export function pageSpeechText(html: string): string {
  const tree = fromHtml(html);
  const title = select('head > title', tree);
  const body = select('body', tree);
  return [title ? toText(title) : '', body ? toText(withoutAriaHidden(body)) : ''].join('\n');
}

export interface SpeechOutcome {
  checked: number;
  /** Items read, by kind, and how many sound like their reference. */
  counts: Record<SpokenKind, { checked: number; readRight: number }>;
  violations: Violation[];
  errors: string[];
  version: string;
}

/** Each kind, with « mal lu » agreeing with it. */
const KIND_LABELS: Record<SpokenKind, string> = { nombre: 'Nombre mal lu', numero: 'Numéro mal lu', date: 'Date mal lue', unite: 'Unité mal lue' };
const KIND_FIXES: Record<SpokenKind, string> = {
  nombre: 'Séparez les milliers par une espace ordinaire : la construction garde le nombre sur une ligne (`<span class="nombre">`).',
  numero: 'Écrivez le numéro sans zéro devant.',
  date: 'Écrivez la date avec le mois en lettres, séparée par des espaces ordinaires.',
  unite: 'Écrivez l’unité juste après le nombre, dans le même texte : la construction la donne alors en toutes lettres aux lecteurs d’écran (src/markdown/spoken-units.ts).',
};

function violationOf(page: string, check: SpokenCheck): Violation {
  const { item } = check;
  return {
    outil: 'lecture-vocale',
    page,
    regle: `lecture-${item.kind}`,
    message:
      `${KIND_LABELS[item.kind]} par eSpeak NG : « ${item.written} » se prononce [${check.heard.trim()}] au lieu de ` +
      `[${check.expected.trim()}] (« ${item.reference} »). ${KIND_FIXES[item.kind]}`,
    cible: `« ${item.written} »`,
  };
}

/** `numbered`: the names of the report's numbered levels (see numberedNames). */
/** The names of the levels whose entries the pages number (« Défi 1 », « Ambition 3 »), in both versions: the grouping level and the leaves. */
export function numberedNames(shape: ReportShape = projectShape()): string[] {
  return [...new Set(numberedLevels(shape).flatMap((level) => [level.nom.singulier, level.nomFacile.singulier]))];
}

export function checkSpeech(pages: BuiltPage[], numbered: readonly string[] = numberedNames()): SpeechOutcome {
  const counts: SpeechOutcome['counts'] = { nombre: { checked: 0, readRight: 0 }, numero: { checked: 0, readRight: 0 }, date: { checked: 0, readRight: 0 }, unite: { checked: 0, readRight: 0 } };
  const version = espeakVersion();
  if (!version) {
    return {
      checked: 0, counts, violations: [], version: 'absent',
      errors: [`${ESPEAK} est introuvable : installez-le avec « sudo bash scripts/ensure-system-packages.sh ».`],
    };
  }
  const perPage = pages.map((page) => ({ page, items: spokenItems(pageSpeechText(readFileSync(page.file, 'utf8')), numbered) }));
  const phonemes = phonemesOf(perPage.flatMap(({ items }) => items.flatMap((i) => [i.written, i.reference])));
  const violations: Violation[] = [];
  for (const { page, items } of perPage) {
    for (const check of compareSpoken(items, phonemes)) {
      counts[check.item.kind].checked++;
      if (check.readRight) counts[check.item.kind].readRight++;
      else violations.push(violationOf(page.url, check));
    }
  }
  return { checked: pages.length, counts, violations, errors: [], version: `eSpeak NG ${version}, voix fr` };
}
