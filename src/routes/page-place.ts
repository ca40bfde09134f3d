/**
 * Where a page of the standard version sits in the site: its title and its
 * breadcrumb (Accueil › … › page), written once per kind of page of the route
 * table. A leaf sits under its top-level entry and its group; a cross-cutting
 * page under their list in the sommaire; every other page right under the home
 * page. (The FALC version has no breadcrumb: its header leads back, src/layouts/FalcPage.astro.)
 */
import { fullTitle, parentsOf, type Ambition, type ReportTree, type Thematique } from '../lib/report.ts';
import { defiListingPage, listingTitle, type ListingPosition } from '../lib/listing-pages.ts';
import { urls } from '../lib/urls.ts';
import { t } from '../i18n/fr.ts';
import { allLevels, levelLabel, numberedLabel } from '../i18n/report-words.ts';

/** One step of a breadcrumb; the last one, the page itself, has no link. */
export interface Crumb {
  label: string;
  href?: string;
  /**
   * The start of a long label that a narrow screen shows alone (« Défi 2 » of « Défi 2 : Relever… »): on a phone
   * with large text the whole label took six lines above the page's title. Screen readers still read all of it.
   */
  short?: string;
}

/** An entry's crumb: « Défi 2 : its title », shortened to « Défi 2 » on a narrow screen. */
const numberedCrumb = (numbered: string, title: string, href: string): Crumb => ({ label: `${numbered} : ${title}`, short: numbered, href });

export interface PagePlace {
  /** The page's title (its `<title>` and its h1). */
  title: string;
  breadcrumb: Crumb[];
}

const home = (): Crumb => ({ label: t('site.home'), href: urls.home() });

/** A page right under the home page: the site's own pages and the top level's; a page of a long listing says which. */
export function placeUnderHome(title: string, position?: ListingPosition): PagePlace {
  const full = listingTitle(title, position, 'standard');
  return { title: full, breadcrumb: [home(), { label: full }] };
}

/** A leaf's title: « Ambition 3 : … ». */
export function leafTitle(leaf: Ambition): string {
  return `${numberedLabel('leaf', leaf.data.numero)} : ${leaf.data.titre}`;
}

/** A leaf (an ambition): under its top-level entry, then its group, whose heading may be on a later page of a long listing. */
export function leafPlace(tree: ReportTree, leaf: Ambition): PagePlace {
  const { pacte, defi } = parentsOf(tree, leaf);
  const title = numberedLabel('leaf', leaf.data.numero);
  const topNode = tree.pactes.find((node) => node.pacte.id === pacte.id);
  const group: Crumb[] = defi
    ? [numberedCrumb(numberedLabel('group', defi.data.numero), defi.data.titre, urls.defi(pacte, defi.data.numero, topNode ? defiListingPage(topNode, defi.id) : 1))]
    : [];
  return {
    title: leafTitle(leaf),
    breadcrumb: [home(), { label: fullTitle(pacte), href: urls.pacte(pacte) }, ...group, { label: title }],
  };
}

/** A cross-cutting page (a thématique): under their list in the sommaire. */
export function crossCuttingPlace(page: Thematique): PagePlace {
  return {
    title: `${levelLabel('cross-cutting')} : ${page.data.titre}`,
    breadcrumb: [home(), { label: allLevels('cross-cutting'), href: `${urls.sommaire()}#thematiques` }, { label: page.data.titre }],
  };
}
