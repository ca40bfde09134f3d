/**
 * French typography on a whole HTML page: applied to text between tags only,
 * never inside tags (attributes), <style>, <script>, <pre>, <code> or <textarea>.
 * Running on the finished page means every string gets it, whether it came from
 * Markdown, a front matter field or a component.
 */
import { frenchTypography } from './french-typography.ts';

const PROTECTED = /<(style|script|pre|code|textarea)\b[\s\S]*?<\/\1>|<[^>]*>/gi;

export function typesetHtml(html: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(PROTECTED)) {
    out += frenchTypography(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + frenchTypography(html.slice(last));
}
