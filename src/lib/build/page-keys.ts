/**
 * The keys under which Astro's incremental build (`experimental.incrementalBuild`
 * in astro.config.mjs) may copy a page from the previous build instead of
 * rendering it again. Astro itself compares the page's code (its module graph),
 * the configuration and the lockfile; it does not see what a page reads from
 * content/, public/ or files read at render time, so the key must change
 * whenever any of it may have.
 *
 * Any page may read, of the site, the titles, numbers and order of the whole
 * tree (breadcrumb, neighbours, listings), the glossary (its links), the
 * settings, the pictograms, the images, the accessibility status of the footer;
 * the text of a leaf (an ambition) only its own two pages show (standard and
 * FALC). So the site's fingerprint is a hash of everything in content/ and
 * public/ (and of the code, as a safeguard) except the bodies of the leaves'
 * files: it is the key of every page that shows no leaf's text (a level's page,
 * a cross-cutting page, a listing), and a leaf's key adds its own two files
 * whole. Editing one leaf's text renders its two pages again (and the pages
 * Astro cannot key, those of a route without parameters) and copies the
 * others; any other edit (a title, the glossary, a setting) renders them all.
 *
 * A build from scratch and an incremental build must write the same site:
 * tests/browser/incremental-build.test.ts edits each kind of file and compares.
 */
import { createHash } from 'node:crypto';
import { hashFiles, TOOL_CODE } from './files-of.ts';
import { readFrontMatter } from '../../model/front-matter.ts';
import { leafLevel, type ReportShape } from '../../model/report-shape.ts';

/** What every page may read, besides content/: the files served as they are, and the code (Astro hashes its own part of it). */
const SITE_INPUTS: readonly string[] = ['content', 'public', ...TOOL_CODE, 'astro.config.mjs'];

/** The leaves' files, standard and FALC, whose bodies only their own pages show. */
function leafFolders(shape: ReportShape): string[] {
  const folder = leafLevel(shape).dossier;
  return [`content/${folder}/`, `content/falc/${folder}/`];
}

/**
 * A hash of every input of the site, the leaves' files counting by their header
 * only, and of what pages depend on besides files (`computed`: the footer's
 * accessibility status, which an audit's age changes; the id of the cache that
 * keeps each page's transforms).
 */
export function siteFingerprint(root: string, shape: ReportShape, computed: string): string {
  const leaves = leafFolders(shape);
  // A leaf's header (title, number, parent, key figures…) may be shown on any page; its body only on its own.
  const counted = (path: string, bytes: Buffer) =>
    path.endsWith('.md') && leaves.some((folder) => path.startsWith(folder)) ? (readFrontMatter(bytes.toString('utf8'))?.yaml ?? bytes) : bytes;
  return hashFiles(createHash('sha256').update(`${process.version}\0${computed}`), root, SITE_INPUTS, counted).digest('hex');
}

/**
 * The key of a leaf's pages: the site's fingerprint, then the files they show
 * whole (the leaf's, and its FALC twin's when written), as Astro's entries name
 * them (`filePath`, from the project's root).
 */
export function leafPageKey(root: string, siteKey: string, files: readonly string[]): string {
  return hashFiles(createHash('sha256').update(siteKey), root, files).digest('hex');
}
