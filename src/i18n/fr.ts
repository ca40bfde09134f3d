/**
 * Every interface string of the standard version, in one place. Components read
 * them through `t` and never hard-code text, so wording stays consistent and the
 * FALC version can supply its own table.
 */
import { withReportName } from './report-name.ts';
export const fr = {
  'skipLink.label': 'Aller au contenu',
  'site.home': 'Accueil',
  'nav.label': 'Navigation principale',
  'nav.menu': 'Menu',
  'nav.sommaire': 'Sommaire',
  'nav.edito': 'Édito',
  'nav.planDuSite': 'Plan du site',
  'breadcrumb.label': 'Vous êtes ici',
  'toc.label': 'Sur cette page',
  'footer.label': 'Pied de page',
  'listing.label': 'Pages de la liste',
  'listing.position': 'page {n} sur {count}',
  'listing.page': 'Page {n}',
  'listing.previous': 'Page précédente',
  'listing.next': 'Page suivante',
  'listing.continued': '(suite)',
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
  'nav.recherche': 'Rechercher',
  'settings.footer': "Paramètres d'affichage",
  'settings.fallback': "Ces réglages ont besoin de JavaScript pour être appliqués et gardés d'une page à l'autre. Sans JavaScript, votre navigateur règle aussi l'affichage : zoom (Ctrl et +), mode sombre de l'appareil, taille du texte.",
  'settings.saved': 'Réglage enregistré : {legend}, {value}.',
  'settings.reset': "Revenir à l'affichage d'origine",
  'settings.resetDone': "Affichage d'origine rétabli.",
  'settings.storage': "Votre navigateur ne permet pas de garder ce réglage : il s'applique seulement à cette page.",
  'search.label': 'Mot ou expression à chercher',
  'search.legend': 'Chercher dans',
  'search.button': 'Rechercher',
  'search.fallback': 'La recherche a besoin de JavaScript. Sans JavaScript, toutes les pages sont listées dans le',
  'search.loading': 'Recherche en cours…',
  'search.none': 'Aucun résultat pour « {q} ».',
  'search.one': '1 résultat pour « {q} ».',
  'search.many': '{n} résultats pour « {q} ».',
  'search.more': 'Résultats suivants ({from} à {to} sur {n})',
  'search.moreLabel': 'Résultats suivants',
  'search.shown': 'Résultats {from} à {to} sur {n}.',
  'search.failed': 'La recherche n’a pas pu se charger. Vérifiez votre connexion, puis réessayez.',
  /** Name of the version switch's landmark, in plain words for both versions. */
  'version.label': 'Choisir la version du site',
  'glossary.title': 'Glossaire',
  'glossary.intro': 'Les sigles et les mots techniques employés dans {le rapport}, avec leur définition.',
  'glossary.falcLink': 'Explication facile à lire',
  'glossary.letters': 'Index alphabétique',
  'glossary.letter': 'Lettre',
  'a11y.footer': 'Accessibilité',
  'a11y.footerTitle': "Déclaration d'accessibilité",
  'a11y.commitment': 'Engagement',
  'a11y.status': 'État de conformité',
  'a11y.results': 'Résultats des tests',
  'a11y.automated': 'Vérification automatique',
  'a11y.automatedNone': "Aucune vérification automatique n'a encore été enregistrée pour ce site.",
  'a11y.humanChecks': 'Ce qui n’a pas encore été vérifié',
  'a11y.humanChecksIntro':
    "Aucun audit humain n'a encore eu lieu : les non-conformités ne sont donc pas toutes connues. Les outils automatiques ne trouvent qu'une partie des erreurs ; ils ne peuvent pas vérifier les points suivants, qui peuvent être non conformes tant qu'une personne ne les a pas vérifiés :",
  'a11y.nonAccessible': 'Contenus non accessibles',
  'a11y.nonConformities': 'Non-conformités',
  'a11y.exemptions': 'Dérogations pour charge disproportionnée',
  'a11y.outOfScope': "Contenus non soumis à l'obligation d'accessibilité",
  'a11y.none': 'Aucun.',
  'a11y.established': 'Établissement de cette déclaration',
  'a11y.technologies': 'Technologies utilisées pour la réalisation du site',
  'a11y.environment': 'Environnement de test',
  'a11y.tools': "Outils pour évaluer l'accessibilité",
  'a11y.pictograms': 'Pictogrammes de la version facile à lire',
  'a11y.pictogramsIntro': 'Chaque partie d’une page facile à lire commence par un pictogramme, décoratif : le titre dit la même chose. Un même dessin a toujours le même sens dans tout le rapport.',
  'a11y.pages': "Pages du site ayant fait l'objet de la vérification de conformité",
  'a11y.contact': "Retour d'information et contact",
  'a11y.contactIntro':
    "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.",
  'a11y.email': 'Envoyer un message :',
  'a11y.form': 'Utiliser le formulaire de contact',
  'a11y.postal': 'Écrire à :',
  'a11y.recourse': 'Voies de recours',
  'a11y.recourseIntro':
    "Si vous avez signalé au responsable du site un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un des services et que vous n'avez pas obtenu de réponse satisfaisante, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits. Plusieurs moyens sont à votre disposition :",
  'a11y.recourseForm': 'Écrire un message au Défenseur des droits (formulaire en ligne)',
  'a11y.recourseDelegate': 'Contacter le délégué du Défenseur des droits dans votre région',
  'a11y.recoursePostal':
    'Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  /** Link to the whole report as a PDF; `{taille}` is its size, e.g. « 1,2 Mo ». */
  'pdf.download': 'Télécharger le rapport (PDF, {taille})',
} as const;

export type UiKey = keyof typeof fr;

/** A string of the standard version, with the report's name (content/site.yaml, `appellation`). */
export function t(key: UiKey): string {
  return withReportName(fr[key]);
}
