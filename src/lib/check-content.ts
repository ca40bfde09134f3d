/**
 * The content checks shared by `npm run lint:content`, the first step of
 * `npm run build` and the dev server: file system only, no browser, no Astro.
 * Each check is its own module; this one runs them in order and merges issues.
 * The dev server and the build pass a memo (the build's holds the previous
 * build's results, src/lib/build/persisted-check-memo.ts): the checks of one
 * file (schema, Markdown, FALC writing) run again only when that file or what
 * they read of the others changed;
 * the cross-file checks (references, pairing, drift, counts, key figures) always run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkPairs, type ContentIssue } from './pairing/check-pairs.ts';
import { pairingInput, lineOf } from './pairing/pairing-input.ts';
import { checkDrift } from './pairing/check-drift.ts';
import { lintFalcPages } from './pairing/lint-falc-pages.ts';
import { lintFalcFields } from './pairing/lint-falc-fields.ts';
import { toContentIssue } from './pairing/lint-falc-field.ts';
import { checkGlossaryReviews } from './pairing/lint-falc-glossary.ts';
import { compareNameSpellings } from './falc/name-spellings.ts';
import { glossaryTermsOf } from './falc/files.ts';
import { contentHash } from './content-hash.ts';
import { falcFingerprint } from './falc-fingerprint.ts';
import { readContentFiles } from './checks/content-files.ts';
import type { ContentFile } from '../model/content-file.ts';
import { checkSchema } from './checks/check-schemas.ts';
import { checkReferences } from './checks/check-references.ts';
import { checkMarkdown, siteIndex } from './checks/check-markdown.ts';
import { checkPlaceholders } from './checks/check-placeholders.ts';
import { checkStatedCounts } from './checks/check-stated-counts.ts';
import { checkPictograms } from './checks/check-pictograms.ts';
import { checkFalcQuestions } from './checks/check-falc-questions.ts';
import { checkPdfFreshness } from './pdf-freshness.ts';
import { falcKeyFigures } from './checks/falc-key-figures.ts';
import { checkFalcKeyFigureNumbers } from './checks/check-falc-key-figure-numbers.ts';
import { checkUnexpectedFiles } from './checks/unexpected-files.ts';
import { checkDataFiles } from './checks/check-data-files.ts';
import { holdShape, pageFolders, shapeOf } from './checks/shape-of.ts';
import { digest, keyOf, memoKey, remember, type CheckMemo } from './checks/check-memo.ts';
import { LOGO_URL, reviewState } from './falc-review.ts';
import { RelectureSchema } from '../schemas/relecture.ts';

/** Where the European easy-to-read logo must be put (it is Inclusion Europe's; it is not shipped with the tool). */
export const LOGO_FILE = `public${LOGO_URL}`;

/**
 * Where the logo comes from and on which conditions Inclusion Europe lets a text carry it (easy-to-read.eu,
 * « European logo »): the editors' guide quotes this message word for word (tests/unit/guide-examples.test.ts).
 */
export const LOGO_MISSING =
  `Ce texte validé doit afficher le logo européen facile à lire, mais le fichier ${LOGO_FILE} manque. ` +
  'Le logo appartient à Inclusion Europe : téléchargez-le sur easy-to-read.eu (page « European logo ») et enregistrez-le sous ce nom. ' +
  'Il est gratuit pour un texte écrit selon les règles européennes du facile à lire et relu par au moins une personne handicapée intellectuelle, nommée avec le texte.';

/** Added to an unreadable glossary entry's error, while the FALC texts are not checked. */
const FALC_LINT_WAITS = 'Les textes FALC seront vérifiés une fois ce fichier corrigé : ils dépendent des mots que le glossaire explique.';

export interface ContentReport {
  issues: ContentIssue[];
}

export async function checkContent(root = '.', memo?: CheckMemo): Promise<ContentReport> {
  const release = holdShape(root);
  try {
    return await checkWithShape(root, memo);
  } finally {
    release();
  }
}

async function checkWithShape(root: string, memo: CheckMemo | undefined): Promise<ContentReport> {
  memo?.nextRun();
  const { files, issues: unreadable } = readContentFiles(root, memo);
  const site = siteIndex(files, root);
  // What checkMarkdown reads of the other files: the pages that exist and the glossary's words.
  const siteKey = memo ? keyOf([...(site.urls ?? [])].sort(), [...site.glossary].sort()) : '';
  const perFile = (
    await Promise.all(
      files.map(async (file) => {
        const text = memo ? digest(file.text) : '';
        return [
          ...remember(memo, () => memoKey('schema', file.path, text), () => checkSchema(file, root)),
          ...(await remember(memo, () => memoKey('markdown', file.path, siteKey, text), () => checkMarkdown(file, root, site))),
          ...remember(memo, () => memoKey('placeholders', file.path, text), () => checkPlaceholders(file)),
        ];
      }),
    )
  ).flat();
  const unreadablePaths = unreadable.map((i) => i.file);
  const references = checkReferences(files, unreadablePaths, shapeOf(root));
  const statedCounts = checkStatedCounts(files, unreadablePaths, shapeOf(root));
  const questions = checkFalcQuestions(files);

  const pairing = checkPairs(pairingInput(files, unreadablePaths, pageFolders(root).falc));
  const falcFiles = files.filter((f) => f.collection.startsWith('falc/'));
  const standardTexts = new Map(files.filter((f) => !f.collection.startsWith('falc/')).map((f) => [`${f.collection}/${f.id}`, f.text]));
  const drift = checkDrift(
    falcFiles.flatMap((f) => {
      const path = `${f.collection.slice('falc/'.length)}/${f.id}`;
      const standard = standardTexts.get(path);
      const fingerprints = f.data.empreintes as { source?: unknown } | undefined;
      if (standard === undefined) return [];
      return [{
        path,
        recordedSource: typeof fingerprints?.source === 'string' ? fingerprints.source : undefined,
        // contentHash normalises BOM and line endings, as the text read here already is.
        currentSource: contentHash(standard),
        line: lineOf(f.text, /^\s+source\s*:/),
      }];
    }),
  );
  const logoMissing = !existsSync(join(root, LOGO_FILE));
  const logo = falcFiles.filter((f) => logoMissing && isValidated(f)).map((f): ContentIssue => ({
    file: f.path, line: lineOf(f.text, /^\s+statut\s*:/), severity: 'error',
    message: LOGO_MISSING,
  }));
  const glossary = files.flatMap((f) => (f.collection === 'glossaire' ? glossaryTermsOf(f.data) : []));
  const keyFigures = falcKeyFigures(files, shapeOf(root));
  const glossaryEntries = files.filter((f) => f.collection === 'glossaire');
  // The FALC writing rules read the glossary (a word it explains is not jargon, an acronym in it is explained):
  // with an entry unreadable they would flag, on other pages, words that entry explains. They wait for its fix.
  const inGlossary = (issue: ContentIssue) => issue.file.startsWith('content/glossaire/');
  const lintWaits = unreadable.some(inGlossary);
  const lint = lintWaits ? [] : await lintFalcTexts({ falcFiles, keyFigures, glossaryEntries }, glossary, memo);
  const unreadableSaid = unreadable.map((issue) => (lintWaits && inGlossary(issue) ? { ...issue, message: `${issue.message} ${FALC_LINT_WAITS}` } : issue));
  const keyFigureIssues = checkFalcKeyFigureNumbers(keyFigures);
  const glossaryIssues = checkGlossaryReviews(glossaryEntries);
  const pdf = checkPdfFreshness(root, files);
  const pictograms = checkPictograms(root);
  return {
    issues: [
      ...checkUnexpectedFiles(root), ...checkDataFiles(root), ...unreadableSaid, ...pictograms, ...perFile, ...references, ...statedCounts,
      ...questions, ...pairing, ...drift, ...logo, ...lint, ...keyFigureIssues, ...glossaryIssues, ...pdf,
    ],
  };
}

/**
 * Does this FALC page show the logo, so that the logo file is needed? The same
 * decision as the page's (src/lib/falc-review.ts); a review record its schema
 * refuses is reported by the schema check, and shows no logo.
 */
function isValidated(file: ContentFile): boolean {
  const relecture = RelectureSchema.safeParse(file.data.relecture);
  if (!relecture.success) return false;
  const empreintes = file.data.empreintes as { falc?: string } | undefined;
  const chiffresCles = Array.isArray(file.data.chiffresCles) ? (file.data.chiffresCles as { texte: string }[]) : undefined;
  const record = { relecture: relecture.data, empreintes, chiffresCles };
  return reviewState(record, falcFingerprint(file.body, chiffresCles)).kind === 'validated';
}

/** The FALC writing rules on every FALC text: the pages, the key figures' FALC labels and the glossary's FALC explanations. */
async function lintFalcTexts(
  texts: { falcFiles: ContentFile[]; keyFigures: ReturnType<typeof falcKeyFigures>; glossaryEntries: ContentFile[] },
  glossary: string[],
  memo: CheckMemo | undefined,
): Promise<ContentIssue[]> {
  const pageTexts = await lintFalcPages(texts.falcFiles, glossary, memo);
  const fieldTexts = await lintFalcFields({ pages: texts.falcFiles, keyFigures: texts.keyFigures, glossaryEntries: texts.glossaryEntries }, glossary, memo);
  await compareNameSpellings([...pageTexts, ...fieldTexts]);
  return [...pageTexts.flatMap((text) => text.result), ...fieldTexts.flatMap((text) => text.result.map(toContentIssue))];
}
