/**
 * Search, an optional enhancement: the page reads and its form submits without
 * JavaScript (then it points to the plan du site). With JavaScript, the Pagefind
 * index is loaded only when the reader searches, results are listed under the
 * form and their count is announced by the live region. Results come 20 at a
 * time (each needs a request for its excerpt); « Résultats suivants » shows the
 * next ones, moves the focus to the first of them and announces them, so that
 * every result the count announces can be reached. Each version has its own
 * index: a search loads only the index of the version searched, and with it the
 * further parts of that index, if it has some (src/lib/search-bundles.ts).
 */
import { SEARCH_BUNDLES, SEARCH_PARTS_FILE } from '../lib/search-bundles.ts';

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  mergeIndex(bundleUrl: string): Promise<void>;
}

const FILTER: Record<string, string> = { complete: 'Version complète', falc: 'Facile à lire' };
const PAGE_SIZE = 20;
/** Each version's own index (src/lib/search-bundles.ts), loaded the first time that version is searched. */
const engines = new Map<string, Promise<Pagefind>>();
/**
 * Searches that failed so far. Pagefind keeps a part that failed to load, so every later search of that engine
 * would fail too: after a failure, the next search imports a new engine (its address made different by `?essai=`).
 */
let failures = 0;

const bundleOf = (version: string) => SEARCH_BUNDLES[version === 'falc' ? 'falc' : 'standard'];

/** The version's first part and the list of the others, fetched together; then the others merged into the first. */
async function loadParts(bundle: string): Promise<Pagefind> {
  // A plain variable: a template literal in import() makes Vite add its module preloader (1 kB more) to the page.
  const engineUrl = `/${bundle}pagefind.js${failures > 0 ? `?essai=${failures}` : ''}`;
  const [engine, further] = await Promise.all([
    import(/* @vite-ignore */ engineUrl) as Promise<Pagefind>,
    fetch(`/${bundle}${SEARCH_PARTS_FILE}`).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return response.json() as Promise<string[]>;
    }),
  ]);
  for (const part of further) await engine.mergeIndex(`/${part}`);
  return engine;
}

function loadPagefind(version: string): Promise<Pagefind> {
  const bundle = bundleOf(version);
  let engine = engines.get(bundle);
  if (!engine) {
    engine = loadParts(bundle);
    engines.set(bundle, engine);
  }
  return engine;
}

/** After a failed search (connection lost): the version's engine is forgotten, and the next search loads a new one. */
function forgetPagefind(version: string): void {
  engines.delete(bundleOf(version));
  failures++;
}

function say(template: string, values: Record<string, number | string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-recherche]');
  const status = document.querySelector<HTMLElement>('[data-status]');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-more]');
  if (!form || !status || !list || !more) return;
  document.querySelector<HTMLElement>('[data-fallback]')?.setAttribute('hidden', '');
  const messages = form.dataset;
  let results: PagefindResult[] = [];
  let search = 0; // the latest search: the answer of an older one is dropped
  let searchedVersion = ''; // the version of the results listed

  /** Lists the next page of results; returns the link of the first one listed. */
  async function showNext(): Promise<HTMLAnchorElement | undefined> {
    const current = search;
    const from = list!.children.length;
    const next = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (current !== search) return undefined;
    let first: HTMLAnchorElement | undefined;
    for (const result of next) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.textContent = result.excerpt.replace(/<[^>]+>/g, '');
      item.append(link, excerpt);
      list!.append(item);
      first ??= link;
    }
    const shown = list!.children.length;
    more!.hidden = shown >= results.length;
    more!.textContent = say(messages.msgMore ?? '', { from: shown + 1, to: Math.min(shown + PAGE_SIZE, results.length), n: results.length });
    return first;
  }

  async function run(query: string, version: string): Promise<void> {
    const current = ++search;
    searchedVersion = version;
    list!.replaceChildren();
    more!.hidden = true;
    results = [];
    if (!query.trim()) {
      status!.textContent = '';
      return;
    }
    status!.textContent = messages.msgLoading ?? '';
    try {
      const engine = await loadPagefind(version);
      const found = (await engine.search(query, { filters: { version: FILTER[version] ?? FILTER.complete! } })).results;
      if (current !== search) return;
      results = found;
      await showNext();
    } catch {
      // Never « Recherche en cours… » for ever (connection lost): the reader is told, and can search again.
      forgetPagefind(version);
      if (current === search) status!.textContent = messages.msgFailed ?? '';
      return;
    }
    const template = results.length === 0 ? messages.msgNone : results.length === 1 ? messages.msgOne : messages.msgMany;
    status!.textContent = say(template ?? '{n}', { n: results.length, q: query });
  }

  more.addEventListener('click', async () => {
    const from = list.children.length + 1;
    let first: HTMLAnchorElement | undefined;
    try {
      first = await showNext();
    } catch {
      forgetPagefind(searchedVersion);
      status.textContent = messages.msgFailed ?? '';
      return;
    }
    if (!first) return;
    // The button may have gone (last results): the focus goes to the first new result, never to <body>.
    first.focus();
    status.textContent = say(messages.msgShown ?? '', { from, to: list.children.length, n: results.length });
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = String(data.get('q') ?? '');
    const version = String(data.get('version') ?? form.dataset.version);
    history.replaceState(null, '', `?${new URLSearchParams({ q: query, version })}`);
    void run(query, version);
  });

  const params = new URLSearchParams(location.search);
  const initial = params.get('q');
  if (initial) {
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = initial;
    const version = params.get('version') ?? form.dataset.version ?? 'complete';
    const radio = form.querySelector<HTMLInputElement>(`input[name="version"][value="${version === 'falc' ? 'falc' : 'complete'}"]`);
    if (radio) radio.checked = true;
    void run(initial, version);
  }
}
