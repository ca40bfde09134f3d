/** Links to the FALC pages of the themes and pactes, with their FALC titles: shared by the FALC accueil, sommaire and plan du site. */
import { falcTitle } from './falc-content.ts';
import { falcUrl, urls } from './urls.ts';
import { fullTitle, pageSource, type PacteNode, type ReportTree } from './report.ts';

export interface FalcLink {
  href: string;
  title: string;
}

export function falcThemeLinks(tree: ReportTree): Promise<FalcLink[]> {
  return Promise.all(
    tree.thematiques.map(async (th) => ({
      href: falcUrl(urls.thematique(th)),
      title: await falcTitle(pageSource('cross-cutting', th), th.data.titre),
    })),
  );
}

export function falcPacteLinks(tree: ReportTree): Promise<(FalcLink & { node: PacteNode })[]> {
  return Promise.all(
    tree.pactes.map(async (node) => ({
      node,
      href: falcUrl(urls.pacte(node.pacte)),
      title: await falcTitle(pageSource('top', node.pacte), fullTitle(node.pacte)),
    })),
  );
}
