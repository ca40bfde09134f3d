/**
 * `npm run dev` only: while content/site.yaml has never been right in this
 * session, no page can be drawn (every page shows its settings), so the preview
 * answers with this page instead of Astro's English error: the content check's
 * French messages (file:line, what to do). Vite's client is loaded so that the
 * page reloads by itself once the file is saved again (src/lib/dev/live-content-check.ts).
 */
import { escapeHtml } from '../html-escape.ts';
import { placeOf } from '../report-issues.ts';
import type { SiteConfigError } from '../site-config.ts';

export function siteConfigErrorPage(error: SiteConfigError): Response {
  const items = error.issues.map((issue) => `<li><code>${escapeHtml(placeOf(issue))}</code> ${escapeHtml(issue.message)}</li>`).join('\n');
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Réglages du site à corriger – aperçu</title>
<script type="module" src="/@vite/client"></script></head>
<body>
<main>
<h1>Les réglages du site sont à corriger</h1>
<p>L’aperçu ne peut pas afficher les pages tant que le fichier content/site.yaml a une erreur :</p>
<ul>
${items}
</ul>
<p>Corrigez le fichier et enregistrez-le : cette page se recharge toute seule.</p>
</main>
</body>
</html>
`;
  return new Response(html, { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
