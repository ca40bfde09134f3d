/**
 * Links between entries: an ambition names an existing pacte and défi of that
 * pacte; numbers are not used twice; the key figures of the accueil and the
 * pactes, in both versions, name an existing ambition and one of its figures.
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from './content-files.ts';
import { lineOfPath } from './yaml-lines.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * `unreadable`: paths of files that exist but could not be read (already
 * reported); they still count as existing, so one broken file gives one message.
 */
export function checkReferences(files: readonly ContentFile[], unreadable: readonly string[] = []): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const of = (c: string) => files.filter((f) => f.collection === c);
  const idsOf = (c: string) => unreadable.filter((p) => p.startsWith(`content/${c}/`)).map((p) => p.replace(/^.*\//, '').replace(/\.md$/, ''));
  const pactes = new Map<string, ContentFile | undefined>([...idsOf('pactes').map((id) => [id, undefined] as const), ...of('pactes').map((f) => [f.id, f] as const)]);
  const defis = new Map<string, ContentFile | undefined>([...idsOf('defis').map((id) => [id, undefined] as const), ...of('defis').map((f) => [f.id, f] as const)]);
  const ambitions = new Map(of('ambitions').map((f) => [f.id, f]));
  const error = (file: ContentFile, path: PropertyKey[], message: string): void => void
    issues.push({ file: file.path, line: lineOfPath(file.source, path), severity: 'error', message });
  const list = (m: Map<string, unknown>) => [...m.keys()].join(', ');

  for (const defi of defis.values()) {
    if (!defi) continue;
    const pacte = str(defi.data.pacte);
    if (pacte && !pactes.has(pacte)) error(defi, ['pacte'], `Le pacte « ${pacte} » n’existe pas. Pactes possibles : ${list(pactes)}.`);
  }
  for (const ambition of ambitions.values()) {
    const pacte = str(ambition.data.pacte);
    const defiId = str(ambition.data.defi);
    if (pacte && !pactes.has(pacte)) error(ambition, ['pacte'], `Le pacte « ${pacte} » n’existe pas. Pactes possibles : ${list(pactes)}.`);
    const defi = defiId ? defis.get(defiId) : undefined;
    if (defiId && !defis.has(defiId)) error(ambition, ['defi'], `Le défi « ${defiId} » n’existe pas. Défis possibles : ${list(defis)}.`);
    if (defi && pacte && str(defi.data.pacte) !== pacte) {
      error(ambition, ['defi'], `Le défi « ${defiId} » appartient au pacte « ${str(defi.data.pacte)} », pas à « ${pacte} » : choisissez un défi de ce pacte.`);
    }
  }

  const duplicates = (entries: ContentFile[], key: (f: ContentFile) => string | undefined, field: string, what: string) => {
    const seen = new Map<string, ContentFile>();
    for (const f of entries) {
      const k = key(f);
      if (k === undefined) continue;
      const first = seen.get(k);
      if (first) error(f, [field], `${what} est déjà utilisé par ${first.path} : choisissez un autre numéro.`);
      else seen.set(k, f);
    }
  };
  const numero = (f: ContentFile) => (typeof f.data.numero === 'number' ? String(f.data.numero) : undefined);
  duplicates(of('ambitions'), (f) => numero(f) && `${str(f.data.pacte)}#${numero(f)}`, 'numero', 'Ce numéro d’ambition, dans ce pacte,');
  duplicates(of('defis'), (f) => numero(f) && `${str(f.data.pacte)}#${numero(f)}`, 'numero', 'Ce numéro de défi, dans ce pacte,');
  const ordre = (f: ContentFile) => (typeof f.data.ordre === 'number' ? String(f.data.ordre) : undefined);
  duplicates(of('pactes'), ordre, 'ordre', 'Cet ordre');
  duplicates(of('thematiques'), ordre, 'ordre', 'Cet ordre');

  for (const page of [...of('pages'), ...of('pactes'), ...of('falc/pages'), ...of('falc/pactes')]) {
    const refs = Array.isArray(page.data.chiffresCles) ? page.data.chiffresCles : [];
    refs.forEach((ref: unknown, i) => {
      const r = (ref ?? {}) as { ambition?: unknown; chiffre?: unknown };
      const target = str(r.ambition) ? ambitions.get(str(r.ambition)!) : undefined;
      // An ambition that exists but could not be read is already reported: no second message here.
      if (str(r.ambition) && !target && !idsOf('ambitions').includes(str(r.ambition)!)) {
        error(page, ['chiffresCles', i, 'ambition'], `L’ambition « ${str(r.ambition)} » n’existe pas (noms possibles : st-01, rc-01, sh-01…).`);
      } else if (target && typeof r.chiffre === 'number') {
        const count = Array.isArray(target.data.chiffres) ? target.data.chiffres.length : 0;
        if (r.chiffre > count) error(page, ['chiffresCles', i, 'chiffre'], `L’ambition « ${target.id} » n’a que ${count} chiffre(s) : choisissez un numéro de 1 à ${count}.`);
      }
    });
  }
  return issues;
}
