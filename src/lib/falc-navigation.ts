/** Links to the FALC pages of the themes and pactes, with their FALC titles: shared by the FALC accueil, sommaire and plan du site. */
import { falcTitle } from './falc-content.ts';
import { falcUrl, urls } from './urls.ts';
import type { PacteNode, ReportTree } from './report.ts';

export interface FalcLink {
  href: string;
  title: string;
}

export function falcThemeLinks(tree: ReportTree): Promise<FalcLink[]> {
  return Promise.all(
    tree.thematiques.map(async (th) => ({
      href: falcUrl(urls.thematique(th)),
      title: await falcTitle(`thematiques/${th.id}`, th.data.titre),
    })),
  );
}

export function falcPacteLinks(tree: ReportTree): Promise<(FalcLink & { node: PacteNode })[]> {
  return Promise.all(
    tree.pactes.map(async (node) => ({
      node,
      href: falcUrl(urls.pacte(node.pacte)),
      title: await falcTitle(`pactes/${node.pacte.id}`, node.pacte.data.titreComplet),
    })),
  );
}
