/**
 * Social cards (Open Graph images): where each page's card is, and the SVG it
 * is drawn from (1200 × 630, the title and its pacte). The PNG files are written
 * after Astro's build by src/lib/build/social-cards.ts; pages only name
 * them in <meta property="og:image">. Readers never load them: link previews do.
 */
import { escapeHtml } from './html-escape.ts';
import { CARD_FONT_FAMILY } from './og-card-font.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Change when the template changes, so that cached cards are drawn again. */
export const OG_TEMPLATE_VERSION = 2;

/** `/` → `/og/index.png`, `/x/y/` → `/og/x/y.png`, `/404.html` → `/og/404.png`. */
export function ogImagePath(pathname: string): string {
  const trimmed = pathname.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

export interface CardText {
  title: string;
  /** The pacte the page belongs to, or the report's title for a page outside the pactes. */
  context: string;
  organisation: string;
  /** « Version facile à lire » on FALC pages. */
  badge?: string | undefined;
}

/** Splits text into lines of at most `max` characters, at spaces (never at a no-break space). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function clamp(lines: string[], count: number): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  kept[count - 1] = `${kept[count - 1]!.replace(/[\s,;:.]*\S*$/, '')} …`;
  return kept;
}

/** The card as SVG, in the project's own font (src/lib/og-card-font.ts registers it before drawing). */
export function cardSvg({ title, context, organisation, badge }: CardText): string {
  const clean = (s: string) => s.replace(/[\u202F\u00A0]/g, '\u00A0').replace(/\s+/g, ' ').trim();
  const long = clean(title).length > 80;
  const size = long ? 50 : 62;
  const titleLines = clamp(wrap(clean(title), long ? 40 : 32), 5);
  // The home page's title is the report's: no need to say it twice.
  const contextLines = clean(context) === clean(title) ? [] : clamp(wrap(clean(context), 62), 2);
  const lineHeight = Math.round(size * 1.2);
  const titleTop = 250 - ((titleLines.length - 1) * lineHeight) / 2 + (badge ? 20 : 0);
  const tspans = (lines: string[], x: number, y: number, dy: number) =>
    lines.map((l, i) => `<tspan x="${x}" y="${y + i * dy}">${escapeHtml(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="100%" height="100%" fill="#0b3d91"/>
<rect x="0" y="0" width="24" height="${OG_HEIGHT}" fill="#ffd166"/>
<g font-family="${CARD_FONT_FAMILY}" fill="#ffffff">
<text font-size="30" font-weight="700">${tspans([clean(organisation)], 80, 80, 0)}</text>
${badge ? `<rect x="80" y="112" width="${Math.round(clean(badge).length * 12.5 + 40)}" height="48" rx="8" fill="#ffd166"/><text font-size="28" font-weight="700" fill="#111111">${tspans([clean(badge)], 100, 146, 0)}</text>` : ''}
<text font-size="${size}" font-weight="700">${tspans(titleLines, 80, titleTop, lineHeight)}</text>
<text font-size="30">${tspans(contextLines, 80, OG_HEIGHT - 60 - (contextLines.length - 1) * 38, 38)}</text>
</g>
</svg>`;
}
