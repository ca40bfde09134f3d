/**
 * Splits a Markdown file into its YAML front matter and its body, outside Astro:
 * the tests and the editors' checks read `content/` with it. (The FALC linter has
 * its own reader, src/lib/falc/front-matter.ts: it needs the YAML positions of each
 * field and every scalar kept as a string, which this quick split does not give.)
 */
import { parse } from 'yaml';

export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts, to report body positions in the file. */
  bodyLine: number;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): MarkdownFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  const parsed: unknown = parse(match[1]!);
  const data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const bodyLine = match[0].split('\n').length;
  return { data, body: text.slice(match[0].length), bodyLine };
}
