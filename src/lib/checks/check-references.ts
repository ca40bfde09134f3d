/**
 * Links between entries, in the report's shape (content/rapport.yaml): each
 * entry names existing parents (`pacte:`, `defi:`), and its group belongs to
 * the same top-level entry; numbers and orders are not used twice; the key
 * figures of the general pages and the top-level entries, in both versions,
 * name an existing leaf and one of its figures. Messages use the levels' own
 * names (« Le pacte… », « La partie… »).
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from '../../model/content-file.ts';
import { lineOfPath } from './yaml-lines.ts';
import { ancestorsOf, fieldOf, leafLevel, type Level, type ReportShape } from '../../model/report-shape.ts';
import { aName, capitalised, ofName, theName, thisName, toTheName } from '../../i18n/report-words.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * `unreadable`: paths of files that exist but could not be read (already
 * reported); they still count as existing, so one broken file gives one
 * message. Without a readable shape (reported by check-data-files.ts), no link
 * between levels can be checked.
 */
export function checkReferences(files: readonly ContentFile[], unreadable: readonly string[], shape: ReportShape | undefined): ContentIssue[] {
  if (!shape) return [];
  const issues: ContentIssue[] = [];
  const of = (c: string) => files.filter((f) => f.collection === c);
  const idsOf = (c: string) => unreadable.filter((p) => p.startsWith(`content/${c}/`)).map((p) => p.replace(/^.*\//, '').replace(/\.md$/, ''));
  /** The entries of a level by id; an unreadable one is known but has no data. */
  const entries = new Map<Level, Map<string, ContentFile | undefined>>(
    shape.niveaux.map((level) => [level, new Map([...idsOf(level.dossier).map((id) => [id, undefined] as const), ...of(level.dossier).map((f) => [f.id, f] as const)])]),
  );
  const error = (file: ContentFile, path: PropertyKey[], message: string): void => void
    issues.push({ file: file.path, line: lineOfPath(file.source, path), severity: 'error', message });
  const list = (m: Map<string, unknown>) => [...m.keys()].join(', ');

  for (const level of shape.niveaux) {
    const ancestors = ancestorsOf(shape, level);
    for (const entry of entries.get(level)!.values()) {
      if (!entry) continue;
      for (const ancestor of ancestors) {
        const id = str(entry.data[fieldOf(ancestor)]);
        const known = entries.get(ancestor)!;
        if (id && !known.has(id)) error(entry, [fieldOf(ancestor)], `${capitalised(theName(ancestor.nom))} « ${id} » n’existe pas. ${capitalised(ancestor.nom.pluriel)} possibles : ${list(known)}.`);
      }
      // The group an entry names belongs to the top-level entry it names (a défi of its pacte).
      const [top, group] = ancestors;
      if (!top || !group) continue;
      const topId = str(entry.data[fieldOf(top)]);
      const groupId = str(entry.data[fieldOf(group)]);
      const groupEntry = groupId ? entries.get(group)!.get(groupId) : undefined;
      const groupTop = groupEntry && str(groupEntry.data[fieldOf(top)]);
      if (groupEntry && topId && groupTop !== topId) {
        error(entry, [fieldOf(group)], `${capitalised(theName(group.nom))} « ${groupId} » appartient ${toTheName(top.nom)} « ${groupTop} », pas à « ${topId} » : choisissez ${aName(group.nom)} de ${thisName(top.nom)}.`);
      }
    }
  }

  const duplicates = (found: ContentFile[], key: (f: ContentFile) => string | undefined, field: string, what: string) => {
    const seen = new Map<string, ContentFile>();
    for (const f of found) {
      const k = key(f);
      if (k === undefined) continue;
      const first = seen.get(k);
      if (first) error(f, [field], `${what} est déjà utilisé par ${first.path} : choisissez un autre numéro.`);
      else seen.set(k, f);
    }
  };
  const numero = (f: ContentFile) => (typeof f.data.numero === 'number' ? String(f.data.numero) : undefined);
  const ordre = (f: ContentFile) => (typeof f.data.ordre === 'number' ? String(f.data.ordre) : undefined);
  const [top, ...below] = shape.niveaux;
  // Numbers restart in each top-level entry (« Ambition 1 » of each pacte).
  for (const level of [...below].reverse()) {
    duplicates(of(level.dossier), (f) => numero(f) && `${str(f.data[fieldOf(top!)])}#${numero(f)}`, 'numero', `Ce numéro ${ofName(level.nom)}, dans ${thisName(top!.nom)},`);
  }
  duplicates(of(top!.dossier), ordre, 'ordre', 'Cet ordre');
  if (shape.transversales) duplicates(of(shape.transversales.dossier), ordre, 'ordre', 'Cet ordre');

  const leaf = leafLevel(shape);
  const leafField = fieldOf(leaf);
  const leaves = entries.get(leaf)!;
  const figuresField = leaf.blocs?.find((block) => block.sorte === 'chiffres')?.champ;
  const examples = `${[...leaves.keys()].slice(0, 3).join(', ')}${leaves.size > 3 ? '…' : ''}`;
  for (const page of [...of('pages'), ...of(top!.dossier), ...of('falc/pages'), ...of(`falc/${top!.dossier}`)]) {
    const refs = Array.isArray(page.data.chiffresCles) ? page.data.chiffresCles : [];
    refs.forEach((ref: unknown, i) => {
      const r = (ref ?? {}) as Record<string, unknown>;
      const id = str(r[leafField]);
      const target = id ? leaves.get(id) : undefined;
      // A leaf that exists but could not be read is already reported: no second message here.
      if (id && !leaves.has(id)) {
        error(page, ['chiffresCles', i, leafField], `${capitalised(theName(leaf.nom))} « ${id} » n’existe pas (noms possibles : ${examples}).`);
      } else if (target && typeof r.chiffre === 'number') {
        const figures = figuresField ? target.data[figuresField] : undefined;
        const count = Array.isArray(figures) ? figures.length : 0;
        if (r.chiffre > count) error(page, ['chiffresCles', i, 'chiffre'], `${capitalised(theName(leaf.nom))} « ${target.id} » n’a que ${count} chiffre(s) : choisissez un numéro de 1 à ${count}.`);
      }
    });
  }
  return issues;
}
