/**
 * `npm run audit`: the accessibility gate of the built site (issue 7).
 *
 * Serves dist/ on 127.0.0.1 (a free port), then checks every built page:
 *   1. pa11y-ci, runners axe and HTML_CodeSniffer, WCAG2AA, on every URL of the sitemap (+ the 404 pages);
 *   2. Playwright + axe-core (WCAG 2.0/2.1/2.2 A and AA, best practices), light and dark schemes,
 *      and `color-contrast-enhanced` (7:1) on the FALC pages;
 *   3. the keyboard on one page of each type and its FALC twin (Tab order, focus, every button pressed);
 *   4. reflow at 320 CSS px, with and without the WCAG 1.4.12 text spacing, and text at 200 % (640 CSS px wide);
 *   4b. the readers' display settings (chosen theme, very large text, spacing, legible font) on the keyboard sample;
 *   5. HTML validity (html-validate, `.htmlvalidate.mjs`);
 *   6. internal links, anchors and link names;
 *   7. speech: numbers, « Défi N » and dates read right by eSpeak NG (speech.ts).
 * Zero violations is the gate: exit code 1 otherwise, with a French summary.
 * Results: reports/accessibilite.json. Ignores: scripts/audit/ignores.ts only.
 *
 * Options:
 *   --enregistrer       also write content/accessibilite/verification-automatique.yaml (shown by the statement)
 *   --dist <dossier>    audit another build folder than dist/
 *   --outils a,b        run only some checks (pa11y-ci, axe, clavier, affichage, reglages, html-validate, liens, lecture-vocale); for debugging,
 *                       refused with --enregistrer
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { stringify } from 'yaml';
import { readSiteConfig } from '../../src/lib/site-config.ts';
import { VERIFICATION_FILE, type Verification } from '../../src/lib/accessibility/verification.ts';
import { startStaticServer } from './server.ts';
import { builtPages, keyboardSample, sitemapPaths, typeLabel } from './pages.ts';
import { runPa11yCi, stopPa11yCi } from './pa11y.ts';
import { runBrowserChecks, type PageCheckOutcome } from './browser.ts';
import { launchChromium } from '../lib/chromium.ts';
import { runSettingsChecks } from './display-settings.ts';
import { validateHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { checkSpeech, numberedNames } from './speech.ts';
import { applyIgnores, ignores, invalidIgnores } from './ignores.ts';
import { toolVersions } from './versions.ts';
import { readCommandLine } from '../lib/command-line.ts';
import { TOOL_LABELS, type ToolId, type ToolResult, type Violation } from './types.ts';

const ALL_TOOLS: ToolId[] = ['pa11y-ci', 'axe', 'clavier', 'affichage', 'reglages', 'html-validate', 'liens', 'lecture-vocale'];
const REPORT_FILE = 'reports/accessibilite.json';

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

const OPTIONS = {
  enregistrer: { type: 'boolean' },
  dist: { type: 'string', value: '<dossier>' },
  outils: { type: 'string', value: 'a,b' },
} as const;

function readArguments() {
  const { values } = readCommandLine({ options: OPTIONS }, fail);
  let tools = ALL_TOOLS;
  if (values.outils !== undefined) {
    const list = values.outils.split(',').filter(Boolean) as ToolId[];
    const unknown = list.filter((t) => !ALL_TOOLS.includes(t));
    if (unknown.length || !list.length) fail(`Outils inconnus : ${unknown.join(', ') || '(aucun)'}. Choix : ${ALL_TOOLS.join(', ')}.`);
    tools = list;
  }
  const record = values.enregistrer ?? false;
  if (record && tools.length !== ALL_TOOLS.length) fail('--enregistrer demande l’audit complet : retirez --outils.');
  return { record, dist: values.dist ?? 'dist', tools };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

function fromOutcomes(outil: ToolId, version: string, outcomes: PageCheckOutcome[], expected: number, dureeMs: number): ToolResult {
  return {
    outil,
    version,
    pages: outcomes.filter((o) => o.checked).length,
    attendues: expected,
    violations: outcomes.flatMap((o) => o.violations),
    ignorees: [],
    erreurs: outcomes.flatMap((o) => (o.error ? [o.error] : [])),
    dureeMs,
  };
}

async function main() {
  const started = Date.now();
  const args = readArguments();
  const dist = args.dist;

  // ------------------------------------------------------------ what to audit
  if (!existsSync(join(dist, 'index.html'))) {
    fail(`Le site construit est introuvable (${dist}/index.html manque). Lancez d’abord « npm run build ».`);
  }
  const badIgnores = invalidIgnores(ignores);
  if (badIgnores.length) fail(`Entrées d’ignorance refusées :\n  - ${badIgnores.join('\n  - ')}`);

  const site = readSiteConfig();
  const pages = builtPages(dist);
  if (pages.length === 0) fail(`Aucune page HTML dans ${dist}/ : la construction a-t-elle échoué ?`);
  const sitemap = sitemapPaths(dist);
  const builtUrls = new Set(pages.map((p) => p.url));
  const coverageErrors: string[] = [];
  if (sitemap.paths.length === 0) coverageErrors.push(`Aucun plan du site XML (sitemap) lisible dans ${dist}/.`);
  const notBuilt = sitemap.paths.filter((p) => !builtUrls.has(p));
  if (notBuilt.length) coverageErrors.push(`Le sitemap liste des pages absentes de ${dist}/ : ${notBuilt.join(', ')}.`);
  const outsideSitemap = pages.filter((p) => !sitemap.paths.includes(p.url));
  const unexpectedOutside = outsideSitemap.filter((p) => p.type !== '404');
  if (unexpectedOutside.length) {
    coverageErrors.push(`Pages construites absentes du sitemap : ${unexpectedOutside.map((p) => p.url).join(', ')}.`);
  }
  // pa11y-ci: the sitemap's URLs, plus the built pages it does not list (the 404 pages).
  const pa11yPaths = [...sitemap.paths.filter((p) => builtUrls.has(p)), ...outsideSitemap.map((p) => p.url)];
  const keyboardPages = keyboardSample(pages);
  const falcCount = pages.filter((p) => p.falc).length;
  const run = (tool: ToolId) => args.tools.includes(tool);

  console.log(`Audit d’accessibilité de ${dist}/ : ${plural(pages.length, 'page')} construite${pages.length > 1 ? 's' : ''} ` +
    `(${pages.length - falcCount} version complète, ${falcCount} FALC), ${plural(sitemap.paths.length, 'adresse')} dans le sitemap.`);

  const versions = toolVersions();
  const server = await startStaticServer(dist);
  const concurrency = Math.max(1, Math.min(2, availableParallelism()));
  const results: ToolResult[] = [];
  let chromiumVersion = 'non lancé';

  try {
    // ---------------------------------------------------------- pa11y-ci, in child processes
    const pa11yStart = Date.now();
    const pa11yPromise = run('pa11y-ci')
      ? runPa11yCi({ origin: server.origin, paths: pa11yPaths, shards: concurrency, workDir: 'reports' }).then((outcome) => {
          const result: ToolResult = {
            outil: 'pa11y-ci',
            version: `${versions['pa11y-ci']} (pa11y ${versions.pa11y}, axe-core ${versions['axe-core (pa11y)']}, HTML_CodeSniffer ${versions.HTML_CodeSniffer})`,
            pages: outcome.checked.length,
            attendues: pages.length,
            violations: outcome.violations,
            ignorees: [],
            erreurs: [...coverageErrors, ...outcome.errors],
            dureeMs: Date.now() - pa11yStart,
          };
          console.log(`  pa11y-ci : ${result.pages}/${pages.length} pages en ${seconds(result.dureeMs)}`);
          return result;
        })
      : undefined;

    // ---------------------------------------------------------- static checks (while pa11y-ci runs)
    if (run('html-validate')) {
      const t = Date.now();
      const html = await validateHtml(pages);
      results.push({ outil: 'html-validate', version: versions['html-validate'], pages: html.checked, attendues: pages.length, violations: html.violations, ignorees: [], erreurs: html.errors, dureeMs: Date.now() - t });
      console.log(`  html-validate : ${html.checked}/${pages.length} pages en ${seconds(Date.now() - t)}`);
    }
    if (run('liens')) {
      const t = Date.now();
      const links = checkLinks(dist, pages, site.adresse);
      results.push({ outil: 'liens', version: `interne (${plural(links.links, 'lien')} lus)`, pages: links.checked, attendues: pages.length, violations: links.violations, ignorees: [], erreurs: [], dureeMs: Date.now() - t });
      console.log(`  liens : ${links.checked}/${pages.length} pages, ${plural(links.links, 'lien')} en ${seconds(Date.now() - t)}`);
    }
    if (run('lecture-vocale')) {
      const t = Date.now();
      const speech = checkSpeech(pages);
      results.push({ outil: 'lecture-vocale', version: speech.version, pages: speech.checked, attendues: pages.length, violations: speech.violations, ignorees: [], erreurs: speech.errors, dureeMs: Date.now() - t });
      const { nombre, numero, date, unite } = speech.counts;
      const labels = numberedNames().map((name) => `« ${name} N »`).join(', ');
      console.log(`  lecture vocale : ${speech.checked}/${pages.length} pages en ${seconds(Date.now() - t)} ; bien lus : ` +
        `${nombre.readRight}/${nombre.checked} nombres de 4 chiffres ou plus, ${numero.readRight}/${numero.checked} numéros (${labels}), ${date.readRight}/${date.checked} dates, ${unite.checked - unite.readRight} unité abrégée mal lue (ha, h, m², n°… : la construction les donne en toutes lettres)`);
    }

    // ---------------------------------------------------------- browser checks
    if (run('axe') || run('clavier') || run('affichage') || run('reglages')) {
      const t = Date.now();
      // The audit handles Ctrl+C and SIGTERM itself (below), to stop its pa11y-ci first.
      const browser = await launchChromium({ ownSignals: true });
      try {
        chromiumVersion = `Chromium ${browser.version()}`;
        let lastShown = 0;
        const browserResults = await runBrowserChecks(
          browser,
          server.origin,
          run('axe') || run('affichage') ? pages : [],
          run('clavier') ? keyboardPages : [],
          concurrency,
          (done, total) => {
            if (Date.now() - lastShown > 20_000 || done === total) {
              lastShown = Date.now();
              console.log(`  navigateur : ${done}/${total} vérifications (${seconds(Date.now() - t)})`);
            }
          },
          { axe: run('axe'), layout: run('affichage') },
        );
        const duration = Date.now() - t;
        const pw = `playwright-core ${versions['playwright-core']}, ${chromiumVersion}`;
        if (run('axe')) results.push(fromOutcomes('axe', `axe-core ${versions['axe-core (Playwright)']} (@axe-core/playwright ${versions['@axe-core/playwright']}, ${pw})`, browserResults.axe, pages.length, duration));
        if (run('clavier')) results.push(fromOutcomes('clavier', pw, browserResults.keyboard, keyboardPages.length, duration));
        if (run('affichage')) results.push(fromOutcomes('affichage', pw, browserResults.layout, pages.length, duration));
        if (run('reglages')) {
          const s = Date.now();
          const settings = await runSettingsChecks(browser, server.origin, keyboardPages, concurrency);
          results.push(fromOutcomes('reglages', `${pw}, axe-core ${versions['axe-core (Playwright)']}`, settings, keyboardPages.length, Date.now() - s));
          console.log(`  paramètres d’affichage : ${settings.filter((o) => o.checked).length}/${keyboardPages.length} pages × 3 réglages en ${seconds(Date.now() - s)}`);
        }
      } finally {
        await browser.close();
      }
    }
    if (pa11yPromise) results.unshift(await pa11yPromise);
  } finally {
    await server.close();
  }

  // ------------------------------------------------------------ ignores, counts
  const { kept, ignored, unused } = applyIgnores(results.flatMap((r) => r.violations), ignores);
  for (const result of results) {
    result.ignorees = ignored.filter((v) => v.outil === result.outil);
    result.violations = kept.filter((v) => v.outil === result.outil);
    if (result.pages < result.attendues) {
      result.erreurs.push(`${result.outil} a vérifié ${result.pages} page(s) sur ${result.attendues} attendue(s).`);
    }
  }
  results.sort((a, b) => ALL_TOOLS.indexOf(a.outil) - ALL_TOOLS.indexOf(b.outil));
  const violationCount = kept.length;
  const errorCount = results.reduce((n, r) => n + r.erreurs.length, 0);
  const passed = violationCount === 0 && errorCount === 0;
  const durationMs = Date.now() - started;
  const failedCriteria = [...new Set(kept.flatMap((v) => v.rgaa ?? []))].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
  const unmapped = kept.filter((v) => !v.rgaa || v.rgaa.length === 0).length;

  // ------------------------------------------------------------ JSON report
  mkdirSync('reports', { recursive: true });
  const report = {
    date: new Date(started).toISOString(),
    reussi: passed,
    dureeSecondes: Math.round(durationMs / 1000),
    dossier: dist,
    navigateur: chromiumVersion,
    versions,
    pages: {
      total: pages.length,
      standard: pages.length - falcCount,
      falc: falcCount,
      sitemap: sitemap.paths.length,
      clavier: keyboardPages.map((p) => ({ url: p.url, type: typeLabel(p.type) })),
      liste: pages.map((p) => ({ url: p.url, type: p.type, falc: p.falc })),
    },
    outils: results.map((r) => ({ ...r, nom: TOOL_LABELS[r.outil] })),
    violations: violationCount,
    criteresEnEchec: failedCriteria,
    ignores: { entrees: ignores.length, appliquees: ignored.length, inutilisees: unused },
  };
  writeFileSync(REPORT_FILE, JSON.stringify(report, null, 2) + '\n');

  // ------------------------------------------------------------ summary
  printSummary(results, { passed, violationCount, errorCount, durationMs, chromiumVersion, versions, unusedIgnores: unused.length, ignoredCount: ignored.length });

  // ------------------------------------------------------------ record for the statement
  if (args.record) {
    const verification: Verification = {
      date: report.date,
      reussie: passed,
      dureeSecondes: report.dureeSecondes,
      navigateur: chromiumVersion,
      pages: { total: pages.length, standard: pages.length - falcCount, falc: falcCount },
      outils: results.map((r) => ({
        id: r.outil, nom: TOOL_LABELS[r.outil], version: r.version, pages: r.pages, attendues: r.attendues,
        violations: r.violations.length, erreurs: r.erreurs.length,
      })),
      versions: { ...versions, navigateur: chromiumVersion },
      violations: violationCount,
      ignorees: ignored.length,
      ignores: ignores.length,
      criteresEnEchec: failedCriteria,
      violationsNonRattachees: unmapped,
    };
    mkdirSync('content/accessibilite', { recursive: true });
    writeFileSync(
      VERIFICATION_FILE,
      '# Résultat de la dernière vérification automatique d’accessibilité.\n' +
        '# Écrit par « npm run audit -- --enregistrer » : ne pas modifier à la main.\n' +
        '# La déclaration d’accessibilité (/accessibilite/) l’affiche à la construction suivante.\n' +
        stringify(verification, { lineWidth: 0 }),
    );
    console.log(`Résultat enregistré dans ${VERIFICATION_FILE} : reconstruisez le site pour l’afficher dans la déclaration.`);
  }
  process.exit(passed ? 0 : 1);
}

function printSummary(
  results: ToolResult[],
  info: {
    passed: boolean; violationCount: number; errorCount: number; durationMs: number; chromiumVersion: string;
    versions: ReturnType<typeof toolVersions>; unusedIgnores: number; ignoredCount: number;
  },
) {
  const lines: string[] = ['', '━━━ Audit d’accessibilité ━━━'];
  for (const r of results) {
    const ok = r.violations.length === 0 && r.erreurs.length === 0;
    lines.push(`${ok ? '✔' : '✖'} ${TOOL_LABELS[r.outil]} : ${r.pages}/${r.attendues} pages vérifiées, ` +
      `${plural(r.violations.length, 'violation')}${r.ignorees.length ? `, ${r.ignorees.length} ignorée(s)` : ''}` +
      `${r.erreurs.length ? `, ${plural(r.erreurs.length, 'erreur')} d’exécution` : ''}`);
  }
  const failing = results.filter((r) => r.violations.length || r.erreurs.length);
  for (const r of failing) {
    lines.push('', `── ${TOOL_LABELS[r.outil]}`);
    for (const e of r.erreurs) lines.push(`  ⚠ ${e}`);
    // One line per problem (rule + element + message), with the pages where it occurs: a fault of a shared
    // component shows once, with its page count, instead of once per page.
    const groups = new Map<string, { v: Violation; pages: string[] }>();
    for (const v of r.violations) {
      const key = [v.regle, v.variante ?? '', v.message, v.cible ?? ''].join('\u0000');
      const group = groups.get(key) ?? { v, pages: [] };
      group.pages.push(v.page);
      groups.set(key, group);
    }
    const shown = [...groups.values()].slice(0, 30);
    for (const { v, pages } of shown) {
      const where = pages.length === 1 ? pages[0] : `${pages.length} (${pages.slice(0, 4).join(', ')}${pages.length > 4 ? ', …' : ''})`;
      lines.push(`  - [${v.regle}${v.variante ? `, ${v.variante}` : ''}] ${v.message}`);
      if (v.cible) lines.push(`      élément : ${v.cible}`);
      lines.push(`      page${pages.length > 1 ? 's' : ''} : ${where}`);
    }
    if (groups.size > shown.length) lines.push(`  … et ${groups.size - shown.length} autre(s) problème(s) : voir ${REPORT_FILE}`);
  }
  lines.push(
    '',
    `Ignorés : ${plural(ignores.length, 'entrée')} dans scripts/audit/ignores.ts, ${plural(info.ignoredCount, 'violation')} ignorée${info.ignoredCount > 1 ? 's' : ''}` +
      (info.unusedIgnores ? ` ; ${info.unusedIgnores} entrée(s) ne correspondent plus à rien : retirez-les.` : '.'),
    `Outils : pa11y-ci ${info.versions['pa11y-ci']} (pa11y ${info.versions.pa11y}, axe-core ${info.versions['axe-core (pa11y)']}, ` +
      `HTML_CodeSniffer ${info.versions.HTML_CodeSniffer}) ; playwright-core ${info.versions['playwright-core']} + ` +
      `@axe-core/playwright ${info.versions['@axe-core/playwright']} (axe-core ${info.versions['axe-core (Playwright)']}) ; ` +
      `html-validate ${info.versions['html-validate']} ; eSpeak NG ${info.versions['espeak-ng']} ; ${info.chromiumVersion} ; Node ${info.versions.node}.`,
    `Durée : ${seconds(info.durationMs)}. Rapport détaillé : ${REPORT_FILE}.`,
    info.passed
      ? '✔ Aucune violation : l’audit automatique est réussi.'
      : `✖ Audit échoué : ${plural(info.violationCount, 'violation')}${info.errorCount ? ` et ${plural(info.errorCount, 'erreur')} d’exécution` : ''}.`,
    '',
  );
  console.log(lines.join('\n'));
}

// Interrupted (Ctrl+C, or SIGTERM sent to the audit only): each pa11y-ci stops with its Chromium (their own
// process groups), Playwright's Chromium when this process exits; no result is written.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    void stopPa11yCi(signal).then(() => {
      console.error('\nL’audit est interrompu : ses navigateurs sont arrêtés, aucun résultat n’est enregistré.');
      process.exit(code);
    });
  });
}

main().catch((error: unknown) => {
  console.error(`\n✖ L’audit s’est arrêté sur une erreur : ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
