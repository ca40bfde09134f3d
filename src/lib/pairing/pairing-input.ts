/**
 * The pairing facts, from the content files the check has already read
 * (src/lib/checks/content-files.ts): no second pass over the disk. A file that
 * could not be read still counts as present, so that one broken file gives one
 * message, not a cascade of "missing twin" ones.
 */
import type { ContentFile } from '../../model/content-file.ts';
import type { PairingInput } from './check-pairs.ts';

/** 1-based line of the first line matching `pattern`, if any. */
export function lineOf(text: string, pattern: RegExp): number | undefined {
  const index = text.split(/\r?\n/).findIndex((l) => pattern.test(l));
  return index >= 0 ? index + 1 : undefined;
}

/** `content/falc/ambitions/st-01.md` → `{ falc: true, page: 'ambitions/st-01' }`, for the folders whose pages have twins only. */
function twinnedPage(path: string, twinned: readonly string[]): { falc: boolean; page: string } | undefined {
  const match = /^content\/(falc\/)?([^/]+)\/([^/]+)\.md$/.exec(path);
  if (!match || !twinned.includes(match[2]!)) return undefined;
  return { falc: Boolean(match[1]), page: `${match[2]}/${match[3]}` };
}

/** `twinned`: the folders of content/ whose pages have a FALC twin (see `twinnedFolders`). */
export function pairingInput(files: readonly ContentFile[], unreadable: readonly string[], twinned: readonly string[]): PairingInput {
  const standardPages: string[] = [];
  const falcPages: PairingInput['falcPages'][number][] = [];
  for (const { path, file } of [
    ...files.map((f) => ({ path: f.path, file: f as ContentFile | undefined })),
    ...unreadable.map((path) => ({ path, file: undefined })),
  ]) {
    const page = twinnedPage(path, twinned);
    if (!page) continue;
    if (!page.falc) {
      standardPages.push(page.page);
      continue;
    }
    const source = file?.data.source;
    falcPages.push({
      path: page.page,
      source: typeof source === 'string' ? source : undefined,
      sourceLine: file ? lineOf(file.text, /^source\s*:/) : undefined,
    });
  }
  const byPath = (a: string, b: string) => a.localeCompare(b);
  return { standardPages: standardPages.sort(byPath), falcPages: falcPages.sort((a, b) => byPath(a.path, b.path)) };
}
