/**
 * Links of every built page, read from the HTML: each internal link and each
 * `#fragment` must lead to a built page and to an element with that id, and no
 * link may be named only « cliquez ici », « en savoir plus »… (RGAA 6.1): the
 * accessible name (aria-labelledby, aria-label, text and image alternatives,
 * title) must say where the link goes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element, ElementContent, Root } from 'hast';
import type { BuiltPage } from './pages.ts';
import type { Violation } from './types.ts';

/** Link names that say nothing about the destination, compared after normalisation (lower case, no accents, no punctuation). */
export const VAGUE_LINK_NAMES = [
  'ici', 'cliquez ici', 'cliquer ici', 'clique ici', 'cliquez', 'cliquer', 'en savoir plus', 'savoir plus', 'pour en savoir plus',
  'lire la suite', 'la suite', 'suite', 'lire plus', 'en lire plus', 'voir plus', 'voir', 'plus', 'plus d infos',
  'plus d informations', 'lien', 'ce lien', 'cette page', 'page', 'details', 'decouvrir', 'acceder', 'consulter',
];

export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'«»"“”.,;:!?…()[\]>›→-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isVagueLinkName(name: string): boolean {
  return VAGUE_LINK_NAMES.includes(normaliseName(name));
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const p = node.properties;
  if (p.ariaHidden === 'true' || p.hidden !== undefined && p.hidden !== false) return '';
  if (node.tagName === 'img' || (node.tagName === 'input' && p.type === 'image')) return String(p.alt ?? '');
  if (p.ariaLabel) return String(p.ariaLabel);
  return node.children.map((c) => textOf(c as ElementContent)).join('');
}

/** A close approximation of the accessible name of a link (accname 1.2 for the cases this site uses). */
export function accessibleName(link: Element, byId: Map<string, Element>): string {
  const p = link.properties;
  const labelledBy = p.ariaLabelledBy;
  if (labelledBy) {
    const ids = Array.isArray(labelledBy) ? labelledBy.map(String) : String(labelledBy).split(/\s+/);
    const name = ids.map((id) => { const el = byId.get(id); return el ? textOf(el) : ''; }).join(' ');
    if (name.trim()) return name.replace(/\s+/g, ' ').trim();
  }
  if (p.ariaLabel && String(p.ariaLabel).trim()) return String(p.ariaLabel).trim();
  const text = link.children.map((c) => textOf(c)).join('').replace(/\s+/g, ' ').trim();
  if (text) return text;
  return p.title ? String(p.title).trim() : '';
}

interface ParsedPage {
  page: BuiltPage;
  tree: Root;
  ids: Set<string>;
  byId: Map<string, Element>;
}

export interface LinksOutcome {
  checked: number;
  links: number;
  violations: Violation[];
}

export function checkLinks(dist: string, pages: BuiltPage[], siteAddress: string): LinksOutcome {
  const parsed = new Map<string, ParsedPage>();
  for (const page of pages) {
    const tree = fromHtml(readFileSync(page.file, 'utf8'));
    const byId = new Map<string, Element>();
    for (const el of selectAll('[id]', tree)) byId.set(String(el.properties.id), el);
    const ids = new Set(byId.keys());
    for (const el of selectAll('a[name]', tree)) ids.add(String(el.properties.name));
    parsed.set(page.url, { page, tree, ids, byId });
  }
  const site = new URL(siteAddress);
  const outcome: LinksOutcome = { checked: 0, links: 0, violations: [] };
  const add = (page: string, regle: string, message: string, cible: string, rgaa?: string[]) =>
    outcome.violations.push({ outil: 'liens', page, regle, message, cible, rgaa });

  for (const { page, tree, byId } of parsed.values()) {
    outcome.checked++;
    for (const link of selectAll('a[href], area[href]', tree)) {
      outcome.links++;
      const href = String(link.properties.href);
      const name = accessibleName(link, byId);
      const shown = `<${link.tagName} href="${href}">${name ? ` « ${name.slice(0, 60)} »` : ''}`;
      if (link.tagName === 'a') {
        if (!name) add(page.url, 'lien-sans-nom', 'Lien sans intitulé (nom accessible vide).', shown, ['6.2']);
        else if (isVagueLinkName(name)) add(page.url, 'lien-imprecis', `Intitulé de lien sans contexte : « ${name} ». Dites où mène le lien.`, shown, ['6.1']);
      }
      if (/^javascript:/i.test(href)) {
        add(page.url, 'lien-javascript', 'Lien « javascript: » : utilisez un vrai lien ou un bouton.', shown);
        continue;
      }
      let target: URL;
      try {
        target = new URL(href, `http://site.invalid${page.url}`);
      } catch {
        add(page.url, 'lien-invalide', `Adresse de lien invalide : « ${href} ».`, shown);
        continue;
      }
      const internal = target.host === 'site.invalid' || (target.origin === site.origin && target.protocol.startsWith('http'));
      if (!internal) continue; // mailto:, tel:, other sites: not checked here (no network)
      const path = decodeURIComponent(target.pathname);
      const dest = parsed.get(path);
      if (!dest) {
        const file = join(dist, path);
        const isAsset = existsSync(file) && statSync(file).isFile();
        if (!isAsset) add(page.url, 'lien-casse', `Lien vers une page absente du site construit : « ${href} ».`, shown);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && fragment !== 'top' && !dest.ids.has(fragment)) {
        add(page.url, 'ancre-absente', `L’ancre « #${fragment} » n’existe pas sur ${dest.page.url}.`, shown);
      }
    }
  }
  return outcome;
}
