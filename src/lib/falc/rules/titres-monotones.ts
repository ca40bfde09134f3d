/**
 * Signale un titre qui commence par les mêmes mots que la plupart des titres
 * de sa liste : quand au moins `part` (la moitié) des titres d’une liste
 * d’au moins `minimum` pages (4) commencent par les mêmes `mots` premiers
 * mots (2), chacun de ces titres reçoit un avertissement, sur la ligne
 * `titre` de son en-tête. Sur le rapport : les 40 ambitions FALC commencent
 * toutes par « Le Département… ».
 *
 * Les listes sont les pages d’un même dossier de `content/falc/` que le
 * sommaire montre ensemble : `ambitions/` et `thematiques/`
 * (`src/lib/falc/listings.ts`). La commande `npm run lint:falc` et la
 * vérification du contenu donnent à chaque page les titres de sa liste.
 *
 * ## Pourquoi
 *
 * Dans une liste, le lecteur lit le début de chaque titre pour choisir. Si
 * tous commencent par « Le Département… », il doit lire chaque titre
 * jusqu’au bout pour trouver ce qui change : le sujet doit venir en premier
 * (« Les communes : le Département les aide »).
 *
 * ## Sources
 *
 * - Référentiel langage simplifié, test RLS-6.6.4 : des titres clairs et
 *   faciles à comprendre ; critère RLS-6.2 : les informations importantes
 *   au début.
 *
 * ## Options
 *
 * - `mots` (défaut `2`) : nombre de premiers mots comparés.
 * - `part` (défaut `0.5`) : part des titres à partir de laquelle la règle
 *   avertit.
 * - `minimum` (défaut `4`) : plus petite liste vérifiée.
 */
import { defineRule } from '../define-rule.ts';
import { normaliseWord } from '../text.ts';

export default defineRule(
  'falc:titres-monotones',
  'mdast',
  { mots: 2, part: 0.5, minimum: 4 },
  ({ file, options, report }) => {
    const listing = file.data.falcListing;
    const frontMatter = file.data.falcFrontMatter;
    const title = frontMatter?.data?.['titre'];
    if (!listing || listing.length < options.minimum || typeof title !== 'string') return;
    const opening = openingWords(title, options.mots);
    if (opening.split(' ').length < options.mots) return;
    const same = openingCounts(listing, options.mots).get(opening) ?? 0;
    if (same < options.part * listing.length) return;
    const range = frontMatter!.rangeOf(['titre']);
    if (!range) return;
    const shown = title.split(/\s+/).slice(0, options.mots).join(' ');
    report({
      start: range[0],
      end: range[1],
      reason: `Titre qui commence comme ${same} titres sur ${listing.length} de la liste (« ${shown}… ») : commencez par ce qui change d’une page à l’autre, le sujet de la page.`,
      actual: shown,
    });
  },
);

/**
 * How many titles of a listing start with each opening. Every page of a listing
 * shares one array of titles (`listingTitles()`): counted once per listing, not
 * once per page, which made a report of N pages cost N² title readings.
 */
const openingsByListing = new WeakMap<readonly string[], Map<number, Map<string, number>>>();
function openingCounts(listing: readonly string[], count: number): Map<string, number> {
  let byCount = openingsByListing.get(listing);
  if (!byCount) openingsByListing.set(listing, (byCount = new Map()));
  let counts = byCount.get(count);
  if (!counts) {
    counts = new Map();
    for (const title of listing) {
      const opening = openingWords(title, count);
      counts.set(opening, (counts.get(opening) ?? 0) + 1);
    }
    byCount.set(count, counts);
  }
  return counts;
}

/** The first `count` words of a title, lower case (`Le Département aide…` → `le département`). */
function openingWords(title: string, count: number): string {
  return title.trim().split(/\s+/).slice(0, count).map(normaliseWord).join(' ');
}
