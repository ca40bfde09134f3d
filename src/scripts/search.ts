/**
 * Search, an optional enhancement: the page reads and its form submits without
 * JavaScript (then it points to the plan du site). With JavaScript, the Pagefind
 * index is loaded only when the reader searches, results are listed under the
 * form and their count is announced by the live region.
 */
interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const FILTER: Record<string, string> = { complete: 'Version complète', falc: 'Facile à lire' };
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

function say(template: string, count: number, query: string): string {
  return template.replace('{n}', String(count)).replace('{q}', query);
}

export function initSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-recherche]');
  const status = document.querySelector<HTMLElement>('[data-status]');
  const list = document.querySelector<HTMLOListElement>('[data-results]');
  if (!form || !status || !list) return;
  document.querySelector<HTMLElement>('[data-fallback]')?.setAttribute('hidden', '');
  const messages = form.dataset;

  async function run(query: string, version: string): Promise<void> {
    list!.replaceChildren();
    if (!query.trim()) {
      status!.textContent = '';
      return;
    }
    status!.textContent = messages.msgLoading ?? '';
    const engine = await loadPagefind();
    const { results } = await engine.search(query, { filters: { version: FILTER[version] ?? FILTER.complete! } });
    const shown = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    for (const result of shown) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.textContent = result.excerpt.replace(/<[^>]+>/g, '');
      item.append(link, excerpt);
      list!.append(item);
    }
    const template = results.length === 0 ? messages.msgNone : results.length === 1 ? messages.msgOne : messages.msgMany;
    status!.textContent = say(template ?? '{n}', results.length, query);
  }

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
