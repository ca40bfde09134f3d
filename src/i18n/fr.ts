/**
 * Every interface string of the standard version, in one place. Components read
 * them through `t` and never hard-code text, so wording stays consistent and the
 * FALC version can supply its own table.
 */
export const fr = {
  'skipLink.label': 'Aller au contenu',
  'site.home': 'Accueil',
  'nav.label': 'Navigation principale',
  'nav.sommaire': 'Sommaire',
  'nav.edito': 'Édito',
  'nav.planDuSite': 'Plan du site',
  'breadcrumb.label': 'Vous êtes ici',
  'toc.label': 'Sur cette page',
  'footer.label': 'Pied de page',
  'pacte.defisHeading': 'Les défis et leurs ambitions',
  'defi.label': 'Défi',
  'ambition.label': 'Ambition',
  'ambition.intro': "On l'a dit, on l'a fait",
  'ambition.actions': 'Quelques actions',
  'ambition.temoignages': 'Ils en parlent mieux que nous',
  'ambition.chiffres': 'Chiffres',
  'ambition.perspectives': 'Perspectives',
  'pager.label': 'Ambitions précédente et suivante',
  'pager.previous': 'Ambition précédente',
  'pager.next': 'Ambition suivante',
  'thematique.label': 'Thématique transversale',
  'thematiques.heading': 'Les thématiques transversales',
  'pactes.heading': 'Les trois pactes',
  'home.keyFigures': 'Quelques chiffres',
  'home.readEdito': "Lire l'édito du président",
  'sommaire.title': 'Sommaire',
  'planDuSite.title': 'Plan du site',
  'planDuSite.pages': 'Pages générales',
  'notFound.title': 'Page introuvable',
  'notFound.text': "La page demandée n'existe pas ou a été déplacée.",
  'notFound.links': 'Pour trouver ce que vous cherchez :',
  'figure.sourceAmbition': 'Source :',
  'version.switch': 'Version facile à lire',
  'glossary.title': 'Glossaire',
  'glossary.intro': 'Les sigles et les mots techniques employés dans le bilan, avec leur définition.',
  'glossary.falcLink': 'Explication facile à lire',
} as const;

export type UiKey = keyof typeof fr;

/** A string of the standard version. */
export function t(key: UiKey): string {
  return fr[key];
}
