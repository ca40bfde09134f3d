/**
 * A local HTML page showing search results side by side (`reports/pictogrammes.html`),
 * for the editor to look at the drawings before choosing one. Opened from disk:
 * images are relative paths to the project's drawings or to the editor's copy of
 * the Mulberry set; nothing is requested from the internet.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { escapeHtml } from '../html-escape.ts';
import { PICTOGRAMS_DIR } from './pictograms.ts';
import type { SearchHit } from './search.ts';

/** Where a symbol's drawing is on this machine: in the project, or in the editor's Mulberry copy. */
export function drawingFile(symbol: string, root: string, mulberryDir?: string): string | undefined {
  const own = resolve(root, PICTOGRAMS_DIR, `${symbol}.svg`);
  if (existsSync(own)) return own;
  if (!mulberryDir) return undefined;
  const theirs = resolve(mulberryEnDir(mulberryDir), `${symbol}.svg`);
  return existsSync(theirs) ? theirs : undefined;
}

/** The set's `EN/` folder, given either the set's root (`…/mulberry`) or `EN/` itself. */
export function mulberryEnDir(dir: string): string {
  return existsSync(join(dir, 'EN')) ? join(dir, 'EN') : dir;
}

export function contactSheet(query: string, hits: readonly SearchHit[], sheetFile: string, root: string, mulberryDir?: string): string {
  const cards = hits.map((hit) => {
    const file = drawingFile(hit.symbol.symbol, root, mulberryDir);
    // A relative URL: the sheet works wherever the project is.
    const src = file ? relative(dirname(sheetFile), file).split(sep).map(encodeURIComponent).join('/') : undefined;
    const picture = src
      ? `<img src="${escapeHtml(src)}" alt="" width="128" height="128">`
      : `<p class="missing">Pas encore dans le projet.<br>npm run pictogramme -- importer ${escapeHtml(hit.symbol.symbol)} --depuis &lt;dossier Mulberry&gt;</p>`;
    const used = hit.used ? `<p><strong>Déjà utilisé</strong> : :${escapeHtml(hit.used.name)}:</p>` : '';
    return `<li>${picture}<p><strong>${escapeHtml(hit.used?.sens ?? hit.symbol.french)}</strong></p><p><code>${escapeHtml(hit.symbol.symbol)}</code></p><p>${escapeHtml(hit.symbol.category)}</p>${used}</li>`;
  });
  return `<!doctype html>
<html lang="fr">
<meta charset="utf-8">
<title>Pictogrammes : « ${escapeHtml(query)} »</title>
<style>
body { font: 1rem/1.4 system-ui, sans-serif; margin: 1rem; }
ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 1rem; }
li { border: 1px solid #888; border-radius: .5rem; padding: .5rem; background: #fff; color: #000; }
li p { margin: .25rem 0; overflow-wrap: anywhere; }
.missing { min-height: 128px; color: #555; font-size: .875rem; }
</style>
<h1>Pictogrammes : « ${escapeHtml(query)} » (${hits.length})</h1>
<p>Pictogrammes Mulberry Symbols, © Steve Lee, licence CC BY-SA 4.0 (${escapeHtml(relative(dirname(sheetFile), resolve(root, PICTOGRAMS_DIR, 'LICENSE.txt')))}).</p>
<ul>
${cards.join('\n')}
</ul>
</html>
`;
}
