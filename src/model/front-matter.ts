/**
 * The one reader of a page's front matter. The site (through Astro's loader,
 * src/model/content-loader.ts), the editors' check, the FALC linter and the
 * command-line tools all split a page and parse its YAML here, so they cannot
 * disagree on where the header ends or what a field holds.
 *
 * The header is a line `---`, YAML, and a line `---` (spaces allowed after each
 * `---`; a BOM before the first one). The YAML is parsed once into a document
 * that keeps each node's position, for messages at the editor's line.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export interface FrontMatter {
  /** The YAML text between the two `---`. */
  yaml: string;
  /** Offset of the YAML text in the page's text. */
  yamlOffset: number;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  /** Everything after the closing `---` line, untouched. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** The parsed YAML, with positions; `doc.errors` lists syntax errors. */
  doc: Document;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

/** Whether the page starts a header (a first line `---`), closed or not. */
export function opensFrontMatter(text: string): boolean {
  return OPENING.test(text);
}

/** Splits and parses a page's header; `undefined` when there is none or it is never closed. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const yamlOffset = opening[0].length;
  const rest = text.slice(yamlOffset);
  // An empty header: the closing line follows the opening one.
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index).replace(/\r?\n$/, '');
  const bodyOffset = yamlOffset + closing.index + closing[0].length;
  let doc: Document | undefined;
  return {
    yaml,
    yamlOffset,
    yamlLine: lineAt(text, yamlOffset),
    body: text.slice(bodyOffset),
    bodyLine: lineAt(text, bodyOffset),
    // Parsed when first read: some readers want only the text (a page's key hashes its header as written).
    get doc() {
      return (doc ??= parseYaml(yaml));
    },
  };
}

/** 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** YAML as every reader of content parses it: one document, positions kept, errors listed rather than thrown. */
export function parseYaml(yaml: string): Document {
  return parseDocument(yaml, { prettyErrors: false });
}

/** The header's fields as values (numbers, booleans, lists), `{}` when it is not a mapping. Throws on a YAML alias gone wrong. */
export function fieldsOf(doc: Document): Record<string, unknown> {
  const value: unknown = doc.toJS();
  return isRecord(value) ? value : {};
}

/**
 * The header's fields with every scalar as the text written: what the FALC
 * linter reads, so that `empreinte: 0123` stays « 0123 » and `titre: 2024` is a text.
 */
export function fieldsAsWritten(doc: Document): Record<string, unknown> | undefined {
  const value = asWritten(doc.contents);
  return isRecord(value) ? value : undefined;
}

function asWritten(node: unknown): unknown {
  if (isMap(node)) return Object.fromEntries(node.items.map((pair) => [String(asWritten(pair.key)), asWritten(pair.value)]));
  if (isSeq(node)) return node.items.map(asWritten);
  if (isScalar(node)) return node.source ?? (node.value === null ? '' : String(node.value));
  return node === null || node === undefined ? '' : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A Markdown page as the tools read it: its fields and its body. */
export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts, to report body positions in the file. */
  bodyLine: number;
}

/** Fields and body of a page; a page with no header is all body. Throws on broken YAML (the editors' check says where). */
export function splitFrontMatter(text: string): MarkdownFile {
  const header = readFrontMatter(text);
  if (!header) return { data: {}, body: text, bodyLine: 1 };
  const error = header.doc.errors[0];
  if (error) throw error;
  return { data: fieldsOf(header.doc), body: header.body, bodyLine: header.bodyLine };
}
