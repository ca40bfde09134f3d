/**
 * The pieces a view shows in one version only and that carry their own
 * styles. A view does not import them: the route of its version gives them
 * (src/integrations/report-routes.ts says which), because Astro puts the
 * styles of everything a route imports into each of its pages. So a page
 * carries only the styles of what it shows.
 */
import type ReportImage from '../components/ReportImage.astro';
import type FalcKeyFigureCards from '../components/FalcKeyFigureCards.astro';

export interface VersionParts {
  /** The report's image of a leaf page, standard version. */
  ReportImage?: typeof ReportImage;
  /** The key figures in FALC sentences, with their pictograms. */
  FalcKeyFigureCards?: typeof FalcKeyFigureCards;
}
