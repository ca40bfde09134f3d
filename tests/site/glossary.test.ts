/** Glossary links and abbreviations as published: the right sense, the way back, the letter index, <abbr> on acronyms only. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { $, $$, allPages, page, text } from './dist.ts';
import { linkedUses } from '../../src/lib/glossary/link-report.ts';
import { GLOSSARY_REPORT } from '../../src/lib/build/glossary-report.ts';
import { glossaryEntriesFromFiles } from '../../src/lib/glossary/from-files.ts';
import { isAbbreviation } from '../../src/lib/glossary/apply.ts';

const pages = allPages();
const standardPages = pages.filter((p) => !p.url.startsWith('/facile-a-lire/'));
const falcPages = pages.filter((p) => p.url.startsWith('/facile-a-lire/'));
const straight = (s: string) => s.replaceAll('’', "'").replace(/\s+/g, ' ');

describe('a glossary word is linked only in the glossary’s sense', () => {
  it.each([
    // [page, the phrase as published, the word in it, the entry it must not link to]
    ['/reussites-citoyennes/ambition-9/', 'agents conversationnels', 'agents', 'agent'],
    ['/reussites-citoyennes/ambition-1/', 'agents conversationnels', 'agents', 'agent'],
    ['/facile-a-lire/solidarites-humaines/ambition-4/', 'centres de santé sexuelle', 'centres de santé', 'centre-de-sante'],
    ['/solidarites-humaines/ambition-6/', 'Ambitions jeunes', 'Ambitions', 'ambition'],
    ['/solidarites-humaines/ambition-14/', 'Ambitions jeunes', 'Ambitions', 'ambition'],
    ['/facile-a-lire/solidarites-humaines/ambition-6/', 'Ambitions jeunes', 'Ambitions', 'ambition'],
    ['/facile-a-lire/solidarites-humaines/ambition-14/', 'Ambitions jeunes', 'Ambitions', 'ambition'],
    ['/solidarites-territoriales/ambition-12/', 'Pacte en faveur de la haie', 'Pacte', 'pacte'],
    ['/reussites-citoyennes/ambition-10/', "Laboratoire d'usages", 'Laboratoire', 'laboratoire'],
    ['/solidarites-humaines/ambition-14/', 'Autonome dans son logement', 'Autonome', 'autonomie'],
  ])('%s: « %s »', (url, phrase, word, entry) => {
    const p = page(url);
    expect(straight(text($(p.tree, 'main'))), 'the phrase is on the page').toContain(phrase);
    const wrong = linkedUses(p).filter((u) => u.href.endsWith(`#${entry}`) || u.href.endsWith(`#mot-${entry}`));
    expect(wrong.map((u) => straight(u.sentence)).filter((s) => s.includes(phrase.replace(word, `**${word}**`)))).toEqual([]);
  });

  it(`the build wrote the list of every link to review (${GLOSSARY_REPORT}), as published`, () => {
    expect(existsSync(GLOSSARY_REPORT)).toBe(true);
    const report = readFileSync(GLOSSARY_REPORT, 'utf8');
    // Every page built has the glossary step's record (its address as the page transforms saw it: the 404 page's too).
    expect(report).not.toContain('Pages absentes');
    const published = pages.reduce((n, p) => n + $$(p.tree, 'main a.glossary-link').length, 0);
    expect(published).toBeGreaterThan(300);
    expect(report).toContain(`${published} liens,`);
    expect(report.split('\n').filter((l) => l.startsWith('- ') && !l.startsWith('- ~~'))).toHaveLength(published);
    expect(report).toContain('- ~~centres de santé~~ (centre-de-sante, exclu par le champ « exclure » du mot) : Les **centres de santé** sexuelle ont fait ces séances.');
  });

  it('the list, written from what the build decided, gives each page the links it has, in their order', () => {
    const report = readFileSync(GLOSSARY_REPORT, 'utf8');
    // « ## /url/ », then « - mot → cible : phrase » for each link.
    const listed = new Map<string, string[]>();
    let url = '';
    for (const line of report.split('\n')) {
      if (line.startsWith('## ')) listed.set((url = line.slice(3)), []);
      else if (line.startsWith('- ') && !line.startsWith('- ~~')) listed.get(url)!.push(line.slice(2, line.indexOf(' : ')));
    }
    for (const p of pages) {
      const links = linkedUses(p).map((u) => `${u.word.replace(/\s+/g, ' ')} → ${u.href}`);
      expect(listed.get(p.url) ?? [], p.url).toEqual(links);
    }
  });
});

describe('FALC « Les mots difficiles »', () => {
  const withWords = falcPages.filter((p) => $(p.tree, 'main section.difficult-words'));
  it('are on most FALC pages', () => {
    expect(withWords.length).toBeGreaterThan(40);
  });
  it.each(withWords.map((p) => [p.url, p] as const))('%s: each explanation links back to where the word is used, which links to it', (_url, p) => {
    for (const dt of $$(p.tree, 'section.difficult-words dt')) {
      const id = String(dt.properties.id).replace(/^mot-/, '');
      const back = $(p.tree, `section.difficult-words dt[id="mot-${id}"] + dd a.difficult-words__back`);
      expect(back, id).toBeDefined();
      expect(text(back)).toBe('Revenir au texte');
      expect(back!.properties.ariaLabel).toBe(`Revenir au texte : ${text(dt)}`);
      const use = $(p.tree, `main [id="${String(back!.properties.href).slice(1)}"]`);
      expect(use?.tagName, id).toBe('a');
      expect(use!.properties.href).toBe(`#mot-${id}`);
    }
  });
});

describe('glossary pages: letter index', () => {
  it.each([['/glossaire/', 'dl.glossary > dt'], ['/facile-a-lire/glossaire/', 'dl.difficult-words > dt']])('%s', (url, terms) => {
    const p = page(url);
    const nav = $(p.tree, 'main nav.letter-index');
    expect(nav?.properties.ariaLabel).toBeTruthy();
    const letters = $$(nav!, 'a').map((a) => ({ letter: text(a), href: String(a.properties.href), name: String(a.properties.ariaLabel) }));
    const firsts = [...new Set($$(p.tree, terms).map((dt) => text(dt).normalize('NFD').charAt(0).toUpperCase()))];
    expect(letters.map((l) => l.letter)).toEqual(firsts);
    expect(letters.length).toBeGreaterThan(10);
    for (const { letter, href, name } of letters) {
      expect(name).toBe(`Lettre ${letter}`);
      const heading = $(p.tree, `main h2[id="${href.slice(1)}"]`);
      expect(text(heading), href).toBe(letter);
      // Every term of the section starts with its letter, and the section is not empty.
      const section = $(p.tree, `main section[aria-labelledby="${href.slice(1)}"]`)!;
      const dts = $$(section, 'dt');
      expect(dts.length).toBeGreaterThan(0);
      for (const dt of dts) expect(text(dt).normalize('NFD').charAt(0).toUpperCase()).toBe(letter);
    }
  });
});

/** Text of <main> where acronyms are marked: not headings, navigation, captions, term names, controls or code. */
const UNMARKED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'figcaption', 'dt', 'summary', 'label', 'button', 'code', 'pre', 'abbr', 'script', 'style']);
function runningText(node: Root | Element): string[] {
  const out: string[] = [];
  const walk = (children: readonly ElementContent[] | Root['children']) => {
    for (const child of children) {
      if (child.type === 'text') out.push(child.value);
      if (child.type !== 'element' || UNMARKED.has(child.tagName)) continue;
      // Ordinary links are left alone (a link inside a link's text is not possible); glossary links hold an <abbr>.
      if (child.tagName === 'a' && !(child.properties.className as string[] | undefined)?.includes('glossary-link')) continue;
      walk(child.children);
    }
  };
  walk(node.children);
  return out;
}

describe('<abbr> marks abbreviations, at every use, never their expansions (complete version)', () => {
  // The glossary's acronyms that have an expansion: marked wherever they are used.
  const glossaryAcronyms = glossaryEntriesFromFiles('.').flatMap((e) =>
    [e.terme, ...e.formes].filter((form) => isAbbreviation(e, form)).map((form) => [form, e.developpe!] as const),
  );
  it('knows the glossary’s acronyms', () => {
    expect(glossaryAcronyms.map(([form]) => form)).toEqual(expect.arrayContaining(['ASE', 'ERBM', 'MDPH', 'RSA']));
  });
  it.each(standardPages.map((p) => [p.url, p] as const))('%s', (_url, p) => {
    const main = $(p.tree, 'main')!;
    const abbrs = $$(main, 'abbr');
    const known = new Map<string, string>(glossaryAcronyms);
    for (const a of abbrs) {
      const word = text(a);
      const title = String(a.properties.title ?? '');
      expect(title, `<abbr>${word}</abbr> sans title`).not.toBe('');
      expect(word.toLocaleLowerCase('fr'), 'an expansion inside <abbr>').not.toBe(title.toLocaleLowerCase('fr'));
      expect(word, 'an <abbr> holds an acronym').toMatch(/^\p{Lu}[\p{Lu}\p{N}]+$/u);
      // One expansion per acronym on a page.
      expect(known.get(word) ?? title, word).toBe(title);
      known.set(word, title);
    }
    // Every use of an acronym marked on the page is marked.
    const unmarked = runningText(main).flatMap((t) => [...known.keys()].filter((k) => new RegExp(`(?<![\\p{L}\\p{N}])${k}(?![\\p{L}\\p{N}])`, 'u').test(t)));
    expect(unmarked).toEqual([]);
  });

  it('marks acronyms the glossary does not know when the page spells them out (CSNE), and later uses of glossary ones (ERBM)', () => {
    const p = page('/solidarites-territoriales/ambition-3/');
    const titles = $$(p.tree, 'main abbr').map((a) => `${text(a)} = ${String(a.properties.title)}`);
    expect(titles.filter((t) => t.startsWith('CSNE'))).toEqual(['CSNE = Canal Seine-Nord Europe', 'CSNE = Canal Seine-Nord Europe']);
    expect(titles.filter((t) => t.startsWith('ERBM')).length).toBeGreaterThan(1);
  });

  it('FALC pages explain words in « Les mots difficiles » and carry no <abbr>', () => {
    expect(falcPages.filter((p) => $(p.tree, 'main abbr')).map((p) => p.url)).toEqual([]);
  });
});
