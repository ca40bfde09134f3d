/**
 * The files of a new, empty report (`npm run nouveau-rapport`): its Markdown
 * pages from the report's shape, and its settings from an example report's.
 * Every place to write says « À COMPLÉTER » (refused by the content check) and
 * every setting to replace holds an example value (example.org, « à remplacer »,
 * refused by `npm run publier:verifier`), so that nothing of it can be published
 * as it is. No fact is written for the editors: no title, no figure, no audit.
 */
import { parseDocument, stringify } from 'yaml';
import { TO_FILL } from './checks/check-placeholders.ts';
import { ancestorsOf, fieldOf, leafLevel, levelOfRole, type Block, type Level, type ReportShape } from '../model/report-shape.ts';

/** The example reports a new report can take its shape from, by the name given on the command line. */
export const EXAMPLE_REPORTS = {
  /** The Pas-de-Calais bilan: pactes → défis → ambitions, with cross-cutting thématiques. */
  bilan: '.',
  /** The fictional médiathèque report: parties → fiches. */
  fiches: 'tests/fixtures/rapports/fiches',
} as const;

export type ReportForm = keyof typeof EXAMPLE_REPORTS;

/**
 * The general pages: each one's standard title when it names a page of the
 * site's interface (the same in every report), or none when it is the report's
 * own (« À COMPLÉTER »); `texte` when the page shows a text written by the
 * editors (the others are built from the report: sommaire, plan du site…).
 */
const GENERAL_PAGES: Record<string, { titre?: string; texte: boolean; signature?: true }> = {
  '404': { titre: 'Page introuvable', texte: true },
  accessibilite: { titre: 'Déclaration d’accessibilité', texte: false },
  accueil: { texte: true },
  edito: { titre: 'Édito', texte: true, signature: true },
  glossaire: { titre: 'Glossaire', texte: false },
  'parametres-affichage': { titre: 'Paramètres d’affichage', texte: true },
  'plan-du-site': { titre: 'Plan du site', texte: false },
  recherche: { titre: 'Rechercher dans le rapport', texte: false },
  sommaire: { titre: 'Sommaire', texte: false },
};

export const GENERAL_PAGE_IDS = Object.keys(GENERAL_PAGES);

/** A place to write, with what to write there. */
const toFill = (what: string) => `${TO_FILL} : ${what}`;

/** A Markdown page: its front matter (YAML) and its text. */
function page(frontMatter: Record<string, unknown>, body = ''): string {
  const yaml = stringify(frontMatter, { lineWidth: 0, blockQuote: 'literal' });
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

/**
 * The FALC twin of `source` (`fiches/numerique-04`): a title and sections to
 * write, unreviewed. The pictograms (`:liste:`, `:suite:`) are in both examples' lists.
 * Also the twin of a page added by `npm run nouvelle-page` (src/lib/new-entry.ts).
 */
export function falcTwin(source: string): string {
  return page(
    { titre: toFill('le titre en mots simples (une phrase avec un verbe)'), source, relecture: { statut: 'a-relire', relecteurs: [] } },
    `## :liste: De quoi parle cette page ?\n\n${toFill('2 ou 3 phrases courtes, une par ligne.')}\n\n## :suite: ${TO_FILL}\n\n${toFill('une section par idée, une phrase par ligne.')}`,
  );
}

/** The id of the example entry of a level: `pacte-1`, `ambition-1`. */
export const exampleId = (level: Level) => `${fieldOf(level)}-1`;

/** One element of a block, every part to write. */
function blockItem(block: Block, index: number): unknown {
  const which = `n° ${index + 1} du bloc « ${block.titre} »`;
  switch (block.sorte) {
    case 'texte':
    case 'paragraphes':
      return toFill(`paragraphe ${which}.`);
    case 'citations':
      return { citation: `« ${toFill(`la citation n° ${index + 1}`)} »`, auteur: toFill('prénom nom, fonction') };
    case 'chiffres':
      // « 0 » is the only number the schema needs; the libellé says it is to replace.
      return { valeur: '0', libelle: toFill(`chiffre ${which} : remplacez 0 par le nombre, puis dites ce qu’il compte.`) };
  }
}

/** A block's field: its text, or its elements (the exact `nombre` when the shape gives one, otherwise one). */
function blockValue(block: Block): unknown {
  if (block.sorte === 'texte') return toFill(`le texte du bloc « ${block.titre} ».`);
  return Array.from({ length: block.nombre ?? 1 }, (_, index) => blockItem(block, index));
}

/**
 * The page of a leaf: `head` (its parents named by their field, its number, its
 * title), then every block of the leaf level to write (the exact `nombre` of
 * elements when the shape gives one), the block `texte` as the page's text.
 * Also the page added by `npm run nouvelle-page` (src/lib/new-entry.ts).
 */
export function leafPage(leaf: Level, head: Record<string, unknown>): string {
  const blocks = leaf.blocs ?? [];
  const fields = Object.fromEntries(blocks.filter((block) => block.champ !== 'texte').map((block) => [block.champ, blockValue(block)]));
  const body = blocks.find((block) => block.champ === 'texte');
  return page({ ...head, ...fields }, body ? toFill(`le texte du bloc « ${body.titre} ».`) : '');
}

/** The example entry of each level (and of the cross-cutting pages), by path under content/. */
function levelPages(shape: ReportShape): Record<string, string> {
  const files: Record<string, string> = {};
  const parents = (level: Level) => Object.fromEntries(ancestorsOf(shape, level).map((parent) => [fieldOf(parent), exampleId(parent)]));
  const add = (level: Level, text: string) => {
    const id = exampleId(level);
    files[`${level.dossier}/${id}.md`] = text;
    if (level.adresse) files[`falc/${level.dossier}/${id}.md`] = falcTwin(`${level.dossier}/${id}`);
  };
  const leaf = leafLevel(shape);
  for (const level of shape.niveaux) {
    const titre = toFill(`le titre (${level.nom.singulier})`);
    if (level === levelOfRole(shape, 'top')) add(level, page({ titre, ordre: 1 }));
    else if (level === leaf) add(level, leafPage(leaf, { ...parents(level), numero: 1, titre }));
    else add(level, page({ ...parents(level), numero: 1, titre }));
  }
  const crossCutting = shape.transversales;
  if (crossCutting) add(crossCutting, page({ titre: toFill(`le titre de la page « ${crossCutting.nom.singulier} »`), ordre: 1 }, toFill('le texte de la page.')));
  return files;
}

/** The general pages and their FALC twins, by path under content/. */
function generalPages(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [id, { titre, texte, signature }] of Object.entries(GENERAL_PAGES)) {
    const frontMatter: Record<string, unknown> = {
      titre: titre ?? toFill('le titre de la page'),
      description: toFill('une phrase qui dit ce que contient la page, pour les moteurs de recherche.'),
      ...(signature ? { signature: { nom: toFill('prénom nom'), fonction: toFill('fonction') } } : {}),
    };
    files[`pages/${id}.md`] = page(frontMatter, texte ? toFill('le texte de la page.') : '');
    files[`falc/pages/${id}.md`] = falcTwin(`pages/${id}`);
  }
  return files;
}

/** Every Markdown page of the new report, by path under content/. */
export function newReportPages(shape: ReportShape): Record<string, string> {
  return { ...generalPages(), ...levelPages(shape) };
}

/**
 * content/site.yaml from the project's own (the bilan's, whose comments explain
 * every setting), its comments kept: the report's names and its contact become
 * example values to replace, and an organisation's identity (colours, logo), if
 * one is set, is left out: it is another organisation's.
 */
export function newSiteConfig(projectText: string): string {
  const document = parseDocument(projectText);
  const replace = (what: string) => `${TO_FILL} : ${what} (à remplacer)`;
  document.set('titre', replace('titre du rapport'));
  document.set('titreFacile', replace('titre du rapport en mots simples'));
  document.set('appellation', 'le rapport');
  document.set('organisation', replace('nom de l’organisation'));
  document.set('adresse', 'https://example.org');
  document.delete('identite');
  document.setIn(['contact', 'email'], 'accessibilite@example.org');
  document.setIn(['contact', 'formulaire'], null);
  document.setIn(['contact', 'adressePostale'], [replace('organisation'), replace('service'), replace('adresse postale')]);
  return document.toString({ lineWidth: 0 });
}

/** content/accessibilite/audit.yaml from an example's, with no audit recorded: the site is declared non-compliant until one is made. */
export function newAuditGrid(exampleText: string): string {
  const document = parseDocument(exampleText);
  for (const field of ['date', 'auditeur']) document.set(field, null);
  for (const field of ['environnement', 'criteres']) document.set(field, []);
  return document.toString({ lineWidth: 0 });
}

/** content/accessibilite/declaration.yaml from an example's: not yet published, no plan, no exemption. */
export function newDeclaration(exampleText: string): string {
  const document = parseDocument(exampleText);
  for (const field of ['etablieLe', 'schemaPluriannuel', 'planAction']) document.set(field, null);
  for (const field of ['derogations', 'contenusNonSoumis']) document.set(field, []);
  return document.toString({ lineWidth: 0 });
}
