/**
 * The site's pages as routes: one Astro route per kind of page and version,
 * its pattern from the route table (content/rapport.yaml and the site's own
 * pages), drawn by the kind's view in src/views/ (one component for both
 * versions). This is the one place where a kind of page meets its view.
 *
 * Astro keeps one list of pages per route component, so two routes cannot
 * share a component: each route gets its own entry file, written here into
 * the build's cache folder. An entry only imports the view, gives it the
 * version and the version's own pieces (src/views/parts.ts), and asks
 * src/routes/site-pages.ts for the pages of its kind and version.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { astroRoutes } from '../routes/astro-routes.ts';
import { createRouteTable, type PageKind, type Version } from '../routes/route-table.ts';
import { readDataFile } from '../lib/checks/data-file.ts';
import { REPORT_SHAPE_DATA_FILE } from '../lib/checks/check-data-files.ts';
import { formatIssues } from '../lib/report-issues.ts';
import { REPORT_SHAPE_FILE, type ReportShape } from '../model/report-shape.ts';

/**
 * A view, and the pieces it shows in one version only (src/views/parts.ts):
 * components of src/components/, given by that version's route alone.
 */
interface ViewOf {
  view: string;
  parts?: Partial<Record<Version, readonly string[]>>;
}

/** The view of each of the site's own pages. */
const SITE_VIEWS: Readonly<Record<string, ViewOf>> = {
  accueil: { view: 'HomePage', parts: { falc: ['FalcKeyFigureCards'] } },
  edito: { view: 'EditoPage' },
  sommaire: { view: 'ContentsPage' },
  'plan-du-site': { view: 'SiteMapPage' },
  glossaire: { view: 'GlossaryPage' },
  accessibilite: { view: 'AccessibilityPage' },
  recherche: { view: 'SearchPage' },
  'parametres-affichage': { view: 'DisplaySettingsPage' },
  '404': { view: 'NotFoundPage' },
};

/** The view of the report's pages, by their level's role (the levels' names come from content/rapport.yaml). */
const LEVEL_VIEWS: Readonly<Record<Exclude<PageKind['role'], 'site'>, ViewOf>> = {
  level: { view: 'LevelPage', parts: { falc: ['FalcKeyFigureCards'] } },
  leaf: { view: 'LeafPage', parts: { standard: ['ReportImage'] } },
  'cross-cutting': { view: 'CrossCuttingPage' },
};

export function viewOf(kind: PageKind): ViewOf {
  const view = kind.role === 'site' ? SITE_VIEWS[kind.id] : LEVEL_VIEWS[kind.role];
  if (!view) throw new Error(`No view for the kind of page ${kind.id}`);
  return view;
}

/** Where the routes' entry files are written: a cache, rewritten at each start. */
const ENTRIES = 'node_modules/.cache/rapport-falc/routes';

/**
 * The entry of a route. A route without parameters has one page and Astro
 * gives it no props: the entry passes the version itself.
 */
function entrySource(root: string, kind: PageKind, version: Version, dynamic: boolean): string {
  const { view, parts = {} } = viewOf(kind);
  const pieces = parts[version] ?? [];
  const imports = [
    `import View from ${JSON.stringify(join(root, `src/views/${view}.astro`))};`,
    ...pieces.map((piece) => `import ${piece} from ${JSON.stringify(join(root, `src/components/${piece}.astro`))};`),
  ].join('\n');
  const pages = JSON.stringify(join(root, 'src/routes/site-pages.ts'));
  const paths = dynamic
    ? `import { pagesOfKind } from ${pages};

export function getStaticPaths() {
  return pagesOfKind(${JSON.stringify(kind.id)}, ${JSON.stringify(version)});
}
`
    : '';
  return `---
// Written by src/integrations/report-routes.ts: the ${kind.id} pages, ${version} version.
${imports}
${paths}---
<View {...Astro.props} version=${JSON.stringify(version)} parts={{ ${pieces.join(', ')} }} />
`;
}

/** Writes a file only when it changes, so that the preview does not reload for nothing. */
function writeIfChanged(path: string, text: string): void {
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) writeFileSync(path, text);
}

/**
 * The report's shape, which every route needs. When it is broken, Astro would
 * stop with its own English error and a stack trace; instead the editor reads
 * the content check's French message (file, line, what to write) and the
 * command stops: no page can be drawn without the shape. `npm run build` has
 * already said so in its content check; this is for `npm run dev`.
 */
export function readShapeOrStop(root: string, log: (message: string) => void): ReportShape {
  const { issues, data } = readDataFile(root, REPORT_SHAPE_DATA_FILE);
  if (data && issues.length === 0) return data;
  log(`La forme du rapport (${REPORT_SHAPE_FILE}) est à corriger : sans elle, aucune page ne peut être affichée.\n\n${formatIssues(issues)}\n\nCorrigez ce fichier, puis relancez la commande (par exemple « npm run dev »).`);
  process.exit(1);
}

export default function reportRoutes(): AstroIntegration {
  return {
    name: 'rapport-falc:report-routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, logger }) => {
        const root = fileURLToPath(config.root);
        const shape = readShapeOrStop(root, (message) => logger.error(message));
        const folder = join(root, ENTRIES);
        mkdirSync(folder, { recursive: true });
        for (const { kind, version, pattern } of astroRoutes(createRouteTable(shape))) {
          const entry = join(folder, `${kind.id}.${version}.astro`);
          writeIfChanged(entry, entrySource(root, kind, version, pattern.includes('[')));
          injectRoute({ pattern, entrypoint: entry, prerender: true });
        }
      },
    },
  };
}
