/**
 * French typography on a whole HTML page: applied to text between tags only,
 * never inside tags (attributes), <style>, <script>, <pre>, <code> or <textarea>.
 * Running on the finished page means every string gets it, whether it came from
 * Markdown, a front matter field or a component.
 *
 * Units that speech synthesis misreads are given to screen readers in words
 * (`markUnits`). Grouped numbers are wrapped in an element that does not wrap (`markNumbers`),
 * except in elements whose content is text only (<title>, <option>, SVG <desc>):
 * there, an ordinary space between groups is all they get.
 */
import { frenchTypography, markNumbers, markUnits } from './french-typography.ts';

const PROTECTED = /<(style|script|pre|code|textarea)\b[\s\S]*?<\/\1>|<(title|option|desc)\b[^>]*>([\s\S]*?)<\/\2>|<[^>]*>/gi;

export function typesetHtml(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(PROTECTED)) {
    out += markNumbers(markUnits(frenchTypography(html.slice(last, match.index))));
    const [whole, , textOnly, inner] = match;
    if (textOnly && inner !== undefined) {
      const open = whole.slice(0, whole.indexOf('>') + 1);
      out += `${open}${frenchTypography(inner)}</${textOnly}>`;
    } else {
      out += whole;
    }
    last = match.index + whole.length;
  }
  return out + markNumbers(markUnits(frenchTypography(html.slice(last))));
}
