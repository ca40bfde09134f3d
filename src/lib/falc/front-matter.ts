import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { fieldsAsWritten, readFrontMatter as readPageHeader } from '../../model/front-matter.ts';
import type { FrontMatter } from './types.ts';

/**
 * A page's header as the linter reads it, from the one front-matter reader
 * (src/model/front-matter.ts). The body is the text after the closing `---`:
 * what `contentHash` fingerprints when a page is validated. Every field is the
 * text written (`fieldsAsWritten`), so an all-digit hash is not turned into a
 * number. Returns `undefined` when the page has no front matter.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const header = readPageHeader(text);
  if (!header) return undefined;
  const { yaml, yamlOffset, body, doc: document } = header;
  const firstError = document.errors[0];
  const data = firstError ? undefined : fieldsAsWritten(document);

  const result: FrontMatter = {
    data,
    yaml,
    yamlOffset,
    body,
    rangeOf(path) {
      let node: unknown = document.contents;
      let range: [number, number] | undefined;
      for (const key of path) {
        if (!isMap(node)) return range;
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) return range;
        const keyRange = (pair.key as YamlNode).range;
        const valueRange = (pair.value as YamlNode | null)?.range;
        if (keyRange) range = [keyRange[0], valueRange ? valueRange[1] : keyRange[1]];
        node = pair.value;
      }
      if (isSeq(node) || isMap(node) || isScalar(node)) {
        const own = (node as YamlNode).range;
        if (own && range) range = [range[0], Math.max(range[0], own[1])];
      }
      return range ? [range[0] + yamlOffset, trimEnd(yaml, range[1]) + yamlOffset] : undefined;
    },
  };
  if (firstError) {
    result.error = {
      message: firstError.message.split('\n')[0] ?? firstError.message,
      offset: yamlOffset + (firstError.pos[0] ?? 0),
    };
  }
  return result;
}

/** YAML ranges include the line ending: stop before it. */
function trimEnd(yaml: string, end: number): number {
  let index = Math.min(end, yaml.length);
  while (index > 0 && /\s/.test(yaml[index - 1]!)) index--;
  return index;
}

/** Text after the front matter (the whole text when there is none). */
export function pageBody(text: string): string {
  return readFrontMatter(text)?.body ?? text;
}
