/**
 * Content files whose latest version the dev server refused (the front matter
 * does not pass the schema, or is not YAML): the preview keeps the file's last
 * good version, or leaves the page out when there is none (for content/site.yaml,
 * uses the preview's placeholder settings). The content loader records them (and
 * site-config.ts content/site.yaml), the live check shows them to the editor.
 *
 * Shared through globalThis: the content config runs in Vite's module runner,
 * which loads its own copy of this module, while the integration runs in Node's.
 */

/**
 * `previous`: the preview shows the file's last good version; `none`: it has none, the page is left out;
 * `defaults`: a settings file with no good version yet, replaced by the preview's placeholders (content/site.yaml).
 */
export type Fallback = 'previous' | 'none' | 'defaults';

interface State {
  files: Map<string, Fallback>;
  listeners: Set<() => void>;
}

const KEY = Symbol.for('rapport-falc.refused-entries');

function state(): State {
  const shared = globalThis as typeof globalThis & { [KEY]?: State };
  return (shared[KEY] ??= { files: new Map(), listeners: new Set() });
}

function changed(): void {
  for (const listener of state().listeners) listener();
}

/** `file`: path from the project root, e.g. `content/ambitions/st-01.md`. */
export function refuse(file: string, fallback: Fallback): void {
  if (state().files.get(file) === fallback) return;
  state().files.set(file, fallback);
  changed();
}

export function accept(file: string): void {
  if (state().files.delete(file)) changed();
}

export function refusedFiles(): { file: string; fallback: Fallback }[] {
  return [...state().files].sort(([a], [b]) => a.localeCompare(b)).map(([file, fallback]) => ({ file, fallback }));
}

/** Calls `listener` whenever the list changes; returns the function that stops it. */
export function onRefusedChange(listener: () => void): () => void {
  state().listeners.add(listener);
  return () => state().listeners.delete(listener);
}
