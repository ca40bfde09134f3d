/**
 * Interface strings of the FALC version: everyday words, short sentences.
 * Kept apart from fr.ts because they are written differently, not translated.
 */
import { withReportName } from './report-name.ts';

export const falc = {
  'skipLink.label': 'Aller au contenu',
  'site.subtitle': 'Version facile à lire',
  'nav.label': 'Menu',
  'nav.home': 'Accueil',
  'nav.sommaire': '{Tout le rapport}',
  'nav.glossaire': 'Les mots difficiles',
  'nav.planDuSite': 'Toutes les pages',
  'listing.label': 'Les pages de la liste',
  'listing.position': 'page {n} sur {count}',
  'listing.page': 'Page {n}',
  'listing.previous': 'Page d’avant',
  'listing.next': 'Page d’après',
  'listing.continued': '(suite)',
  'version.switch': 'Version complète',
  'nav.recherche': 'Chercher',
  'settings.footer': 'Changer l’affichage',
  'readAloud.play': 'Écouter la page',
  'readAloud.pause': 'Faire une pause',
  'readAloud.resume': 'Reprendre l’écoute',
  'readAloud.stop': 'Arrêter l’écoute',
  'readAloud.playing': 'La page est lue à voix haute.',
  'readAloud.paused': 'La lecture est en pause.',
  'readAloud.stopped': 'La lecture est arrêtée.',
  'settings.fallback': 'Pour changer l’affichage ici, votre navigateur doit accepter JavaScript. Vous pouvez aussi agrandir la page avec les touches Ctrl et +.',
  'settings.saved': 'C’est enregistré : {legend}, {value}.',
  'settings.reset': 'Revenir à l’affichage de départ',
  'settings.resetDone': 'L’affichage de départ est revenu.',
  'settings.storage': 'Votre navigateur ne garde pas ce choix. Le choix marche seulement sur cette page.',
  'search.label': 'Le mot à chercher',
  'search.legend': 'Chercher dans',
  'search.button': 'Chercher',
  'search.fallback': 'Pour chercher, votre navigateur doit accepter JavaScript. Sinon, toutes les pages sont dans la liste',
  'search.loading': 'Nous cherchons.',
  'search.none': 'Nous trouvons 0 page avec « {q} ». Essayez un autre mot.',
  'search.one': 'Nous trouvons 1 page avec « {q} ».',
  'search.many': 'Nous trouvons {n} pages avec « {q} ».',
  'search.more': 'Voir les pages {from} à {to} (sur {n} pages)',
  'search.moreLabel': 'Voir les pages suivantes',
  'search.shown': 'Voici les pages {from} à {to}. Nous trouvons {n} pages.',
  'search.failed': 'La recherche a un problème. Vérifiez votre connexion à internet. Puis cherchez encore.',
  'version.label': 'Choisir la version du site',
  'a11y.footer': 'Accessibilité',
  'breadcrumb.label': 'Vous êtes ici',
  'footer.label': 'Bas de page',
  'difficultWords.title': 'Les mots difficiles',
  'difficultWords.intro': 'Voici les mots difficiles de cette page.',
  'difficultWords.back': 'Revenir au texte',
  'review.notChecked': 'Ce texte n’est pas encore vérifié par des lecteurs.',
  'review.notCheckedMore': 'Des personnes handicapées intellectuelles doivent encore le relire.',
  'review.readByTeam': 'Ce texte a été relu par l’équipe qui l’a écrit.',
  'review.readByTeamNamed': 'Ce texte a été relu par l’équipe qui l’a écrit :',
  'review.changedSinceCheck': 'Ce texte a changé depuis sa vérification par des lecteurs.',
  'review.checkedBy': 'Ce texte a été vérifié par :',
  'review.logoAlt': 'Logo européen facile à lire',
  'review.logoCopyright': '© Logo européen facile à lire : Inclusion Europe. Plus d’informations sur easy-to-read.eu',
  'placeholder.title': 'Cette page n’existe pas encore en facile à lire',
  'placeholder.text': 'Nous écrivons cette page en facile à lire.',
  'placeholder.link': 'Lire la version complète de cette page',
  'glossary.title': 'Les mots difficiles',
  'glossary.letters': 'Les lettres',
  'glossary.letter': 'Lettre',
  'pdf.download': 'Télécharger {le rapport} en facile à lire (fichier PDF, {taille})',
  'keyFigures.title': 'Quelques chiffres',
} as const;

export type FalcKey = keyof typeof falc;

/** A string of the FALC version, with the report's name (content/site.yaml, `appellation`). */
export function tf(key: FalcKey): string {
  return withReportName(falc[key]);
}
