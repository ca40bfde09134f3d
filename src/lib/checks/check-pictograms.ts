/**
 * The list of pictograms (content/pictogrammes.yaml), checked before the build:
 * one meaning per picture and one picture per meaning, across the whole report.
 * - each entry is `nom: { symbole, sens, mots }`, its name usable as `:nom:`;
 * - the symbol is a Mulberry symbol and its drawing is in public/pictogrammes/;
 * - no symbol serves two meanings (two names with the same `symbole`);
 * - no meaning has two pictures (two names with the same `sens`, or a name written twice).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Pair } from 'yaml';
import type { ContentIssue } from '../pairing/check-pairs.ts';
import { PICTOGRAMS_DIR, PICTOGRAMS_FILE } from '../pictograms/pictograms.ts';
import { mulberryIndex } from '../pictograms/mulberry-index.ts';
import { normalise } from '../pictograms/search.ts';

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEARCH = 'npm run pictogramme -- chercher <mot>';

export function checkPictograms(root = '.', knownSymbols: ReadonlySet<string> = new Set(mulberryIndex().map((s) => s.symbol))): ContentIssue[] {
  const path = join(root, PICTOGRAMS_FILE);
  if (!existsSync(path)) {
    return [{ file: PICTOGRAMS_FILE, severity: 'error', message: `La liste des pictogrammes manque : créez ${PICTOGRAMS_FILE} (un sens par entrée, voir docs/guide-redaction.md).` }];
  }
  return checkPictogramList(readFileSync(path, 'utf8'), (symbole) => existsSync(join(root, PICTOGRAMS_DIR, `${symbole}.svg`)), knownSymbols);
}

/** The checks on the file's text; `hasDrawing` says whether public/pictogrammes/<symbole>.svg exists. */
export function checkPictogramList(text: string, hasDrawing: (symbole: string) => boolean, knownSymbols: ReadonlySet<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : text.slice(0, offset).split('\n').length);
  const add = (offset: number | undefined, message: string) => issues.push({ file: PICTOGRAMS_FILE, line: lineAt(offset), severity: 'error', message });

  // Duplicate names are reported below, with both lines, rather than as a YAML error.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) add(error.pos[0], `Le fichier n’est pas du YAML valide : vérifiez le retrait et les deux-points à cette ligne (${error.code}).`);
    return issues;
  }
  if (!isMap(doc.contents)) {
    add(0, 'Écrivez une entrée par sens : « nom: » puis, en retrait, « symbole: », « sens: » et « mots: ».');
    return issues;
  }

  const firstByName = new Map<string, number | undefined>();
  const firstBySymbol = new Map<string, { name: string; line: number | undefined }>();
  const firstBySense = new Map<string, { name: string; line: number | undefined }>();
  for (const pair of doc.contents.items as Pair[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const start = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const line = lineAt(start);
    if (firstByName.has(name)) {
      add(start, `Le nom « ${name} » est écrit deux fois (déjà ligne ${firstByName.get(name)}) : un sens n’a qu’une image. Gardez une seule entrée.`);
      continue;
    }
    firstByName.set(name, line);
    if (!NAME.test(name)) {
      add(start, `Nom « ${name} » : écrivez-le en minuscules sans accent, les mots séparés par « - » (par exemple « handicap-moteur »), pour l’écrire « :${name}: » dans les pages.`);
    }
    const entry = pair.value;
    if (!isMap(entry)) {
      add(start, `« ${name} » : donnez en retrait « symbole: », « sens: » et « mots: ».`);
      continue;
    }
    const field = (key: string) => entry.items.find((p) => isScalar(p.key) && p.key.value === key);
    const symbolNode = field('symbole')?.value;
    const senseNode = field('sens')?.value;
    const symbole = isScalar(symbolNode) && typeof symbolNode.value === 'string' ? symbolNode.value.trim() : '';
    const sens = isScalar(senseNode) && typeof senseNode.value === 'string' ? senseNode.value.trim() : '';
    const at = (node: unknown) => (isScalar(node) ? node.range?.[0] : undefined) ?? start;

    if (!symbole) add(at(symbolNode), `« ${name} » : indiquez « symbole: », le nom du dessin des Mulberry Symbols (trouvez-le avec ${SEARCH}).`);
    else if (!knownSymbols.has(symbole)) add(at(symbolNode), `« ${name} » : « ${symbole} » n’est pas un symbole des Mulberry Symbols. Trouvez son nom exact avec ${SEARCH}.`);
    else if (!hasDrawing(symbole)) add(at(symbolNode), `« ${name} » : le dessin ${PICTOGRAMS_DIR}/${symbole}.svg manque. Importez-le : npm run pictogramme -- importer ${symbole} --depuis <dossier Mulberry>.`);
    if (!sens) add(at(senseNode), `« ${name} » : indiquez « sens: », ce que montre l’image en français (par exemple « L’autisme »).`);

    const mots = field('mots')?.value;
    if (mots !== undefined && !(isSeq(mots) && mots.items.every((m) => isScalar(m) && typeof m.value === 'string'))) {
      add(at(mots) ?? start, `« ${name} » : « mots: » est une liste de mots entre crochets, par exemple « mots: [autiste, TSA] ».`);
    }

    if (symbole) {
      const other = firstBySymbol.get(symbole);
      if (other) add(at(symbolNode), `Le symbole « ${symbole} » sert déjà au sens « ${other.name} » (ligne ${other.line}) : une image n’a qu’un sens. Choisissez un autre dessin pour « ${name} » (${SEARCH}), ou gardez un seul des deux noms.`);
      else firstBySymbol.set(symbole, { name, line });
    }
    if (sens) {
      const key = normalise(sens);
      const other = firstBySense.get(key);
      if (other) add(at(senseNode), `Le sens « ${sens} » est déjà celui de « ${other.name} » (ligne ${other.line}) : un sens n’a qu’une image. Gardez un seul des deux noms et utilisez-le dans les pages.`);
      else firstBySense.set(key, { name, line });
    }
  }
  return issues;
}
