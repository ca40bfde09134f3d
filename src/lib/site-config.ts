/**
 * Site-wide settings edited by the communication team in `content/site.yaml`.
 * A mistake in the file is reported as the content check reports it (French,
 * file:line, what to do), never as the schema's English error. In `npm run dev`
 * the file is never an error thrown to Astro (which would print its own English
 * error and stack trace): while it is wrong, the pages keep its last good settings,
 * or the preview's placeholders if it was never right (src/lib/dev/preview-site-config.ts),
 * and the preview's banner and terminal say so (src/lib/dev/refused-entries.ts).
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { webAddress } from '../schemas/web-address.ts';
import { readDataFile, type DataFile } from './checks/data-file.ts';
import type { ContentIssue } from './pairing/check-pairs.ts';
import { formatIssues } from './report-issues.ts';
import { accept, refuse } from './dev/refused-entries.ts';
import { PREVIEW_SITE_CONFIG } from './dev/preview-site-config.ts';
import { IdentitySchema } from './identity/schema.ts';
import { checkIdentity } from './identity/check-identity.ts';

const siteFields = {
  /** Report title, shown in every page header. */
  titre: z.string().min(1),
  /** The title in the header of the FALC pages, in everyday words (« Le bilan du Département du Pas-de-Calais »); the `titre` when absent. */
  titreFacile: z.string().min(1).optional(),
  /** How the interface calls the report in short, with its article: « le bilan », « le rapport » (the default). */
  appellation: z.string().regex(/^(le |la |l’|l'|les )\S/, 'Écrivez le nom court du rapport avec son article, par exemple « le bilan » ou « la synthèse ».').default('le rapport'),
  /** Organisation that publishes the report. */
  organisation: z.string().min(1),
  /** Public address of the site, without a trailing slash. */
  adresse: webAddress('écrivez l’adresse publique du site, qui commence par « https:// ».').refine((u) => !(/^https?:/i.test(u) && u.endsWith('/')), 'Retirez la barre oblique finale de « adresse ».'),
  /** Who to contact about the site's accessibility (shown by the accessibility statement). */
  contact: z
    .object({
      /** E-mail address for accessibility problems. */
      email: z.email('« contact.email » doit être une adresse e-mail.').optional(),
      /** Address of a contact form, if there is one. */
      formulaire: webAddress('écrivez une adresse web complète, qui commence par « https:// ».').nullish().transform((v) => v ?? undefined),
      /** Postal address, one line per entry. */
      adressePostale: z.array(z.string().min(1)).min(1, 'Indiquez l’adresse postale, une ligne par élément.'),
    })
    .refine((c) => c.email || c.formulaire, 'Indiquez au moins « contact.email » ou « contact.formulaire ».'),
  /** The organisation's logo and colours (src/lib/identity/); without it, the site's own look. An empty `identite:` counts as none. */
  identite: IdentitySchema.nullish().transform((v) => v ?? undefined),
};

export const SiteConfigSchema = z.strictObject(siteFields, {
  // A misspelt setting (« identité », with its accent) would otherwise be ignored without a word.
  error: (issue) => issue.code === 'unrecognized_keys' ? `« ${issue.keys.join(' », « ')} » n’est pas un réglage du site. Réglages possibles : ${Object.keys(siteFields).join(', ')}.` : undefined,
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

export const SITE_CONFIG_FILE: DataFile<typeof SiteConfigSchema> = {
  path: 'content/site.yaml',
  schema: SiteConfigSchema,
  required: true,
  // The organisation's colours (contrast) and logo (a safe SVG file): src/lib/identity/.
  check: (site, root) => checkIdentity(site.identite, root),
};

/** content/site.yaml is wrong: the message is the content check's, for the terminal of `astro build` and of the scripts (never thrown in `astro dev`). */
export class SiteConfigError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`Les réglages du site sont à corriger :\n${formatIssues(issues)}`);
    this.name = 'SiteConfigError';
    this.issues = issues;
  }
}

/** The last good settings of this dev session, by project folder: shared through globalThis, as Vite's module runner loads its own copy of this module. */
const LAST_GOOD = Symbol.for('rapport-falc.site-config.last-good');
const shared = globalThis as typeof globalThis & { [LAST_GOOD]?: Map<string, SiteConfig> };

/**
 * Vite's mode flags where this module runs under Vite (`astro dev`, `astro build`), none in plain Node scripts,
 * which have no `import.meta.env`. Read by name only: a module that names `import.meta.env` alone gets the build's
 * environment variables written into its code by Astro, and then a build started from another shell (another `_`)
 * could not copy a single page from the previous one (src/lib/build/page-keys.ts).
 */
function viteFlags(): { DEV?: unknown; PROD?: unknown } {
  try {
    return { DEV: import.meta.env.DEV, PROD: import.meta.env.PROD };
  } catch {
    return {};
  }
}

const flags = viteFlags();
/** True in pages rendered by `astro dev`. Truthy, not `true`: a value taken from the environment is a string ("1"). */
const inDevServer = Boolean(flags.DEV);

/**
 * True in pages rendered by `astro build`, where the settings cannot change until the build ends: several
 * components of every page read them (header, footer, layout, logo, colours), and reading and checking the file
 * each time cost ≈ 1.5 ms a page. Elsewhere (the preview, scripts, integrations) the file is read on every call.
 */
const inSiteBuild = flags.PROD === true;
const builtSettings = new Map<string, SiteConfig>();

/**
 * `root`: the project's folder. Throws SiteConfigError when the file is wrong. With `keepLastGood` (the dev
 * server) it never throws: it returns the last good settings of this session, or the preview's placeholders when
 * there were none, and records the file as refused (or accepted again), for the live check to say so.
 */
export function readSiteConfig(root = '.', keepLastGood = inDevServer): SiteConfig {
  const key = resolve(root);
  const built = inSiteBuild ? builtSettings.get(key) : undefined;
  if (built) return built;
  const { issues, data } = readDataFile(root, SITE_CONFIG_FILE);
  if (!keepLastGood) {
    if (!data) throw new SiteConfigError(issues);
    if (inSiteBuild) builtSettings.set(key, data);
    return data;
  }
  const lastGood = (shared[LAST_GOOD] ??= new Map());
  if (data) {
    lastGood.set(key, data);
    accept(SITE_CONFIG_FILE.path);
    return data;
  }
  const previous = lastGood.get(key);
  refuse(SITE_CONFIG_FILE.path, previous ? 'previous' : 'defaults');
  return previous ?? PREVIEW_SITE_CONFIG;
}
