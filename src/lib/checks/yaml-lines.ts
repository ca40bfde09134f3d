/** Line numbers of front matter fields, from the YAML document's source ranges. */
import { isMap, isScalar, isSeq, Scalar, type Document } from 'yaml';
import { parseYaml } from '../../model/front-matter.ts';

export interface FrontMatterSource {
  doc: Document;
  /** The YAML text between the two `---`. */
  yaml: string;
  /** 1-based line of the first YAML line in the file. */
  firstLine: number;
}

export function lineOfPath(source: FrontMatterSource, path: readonly PropertyKey[]): number {
  let node: unknown = source.doc.contents;
  let best = source.firstLine;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(key));
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number, number] }).range;
      if (keyRange) best = toLine(source, keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) best = toLine(source, range[0]);
    } else {
      break;
    }
  }
  return best;
}

function toLine(source: FrontMatterSource, offset: number): number {
  return source.firstLine + source.yaml.slice(0, offset).split('\n').length - 1;
}

export function parseFrontMatterSource(yaml: string, firstLine: number): FrontMatterSource {
  return { doc: parseYaml(yaml), yaml, firstLine };
}

/**
 * Where the text of a string field starts in the file (1-based line and
 * column), so that checks on the text report at the editor's line: block
 * scalars (`texte: |-`) start on the next line, at its indent; other texts where
 * their value starts (after a quote). `fileText`: the whole file.
 */
export function textStartOfPath(
  source: FrontMatterSource,
  fileText: string,
  path: readonly PropertyKey[],
): { line: number; column?: number | undefined } {
  const node = source.doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return { line: lineOfPath(source, path) };
  const before = source.yaml.slice(0, node.range[0]);
  const line = source.firstLine + before.split('\n').length - 1;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const first = fileText.split('\n')[line] ?? '';
    return { line: line + 1, column: first.length - first.trimStart().length + 1 };
  }
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
  return { line, column: before.length - before.lastIndexOf('\n') + quoted };
}
