/**
 * Turns the parsed report into the Markdown files of `content/`. Short fields are
 * plain YAML scalars; long texts are `|-` blocks so that an editor sees the text
 * as printed, without quotes or escapes to keep balanced.
 */
import { stringify } from 'yaml';
import { slugify } from '../../src/lib/slug.ts';
import type { Report } from './parse-report.ts';
import type { KeyFigure } from './parse-figure.ts';
import type { Testimony } from './parse-quote.ts';

export interface ContentFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

function scalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function block(text: string, indent: string): string {
  return `|-\n${text.split('\n').map((l) => indent + l).join('\n')}`;
}

/** A paragraph must not be read as a list, a heading or a quote by Markdown. */
export function escapeBlockStart(paragraph: string): string {
  return paragraph.replace(/^(\d+)([.)]) /, '$1\\$2 ').replace(/^([-+>#]) /, '\\$1 ');
}

function markdownFile(frontMatter: string[], body = ''): string {
  return `---\n${frontMatter.join('\n')}\n---\n${body ? `\n${body.trimEnd()}\n` : ''}`;
}

function figureYaml(f: KeyFigure): string {
  const lines = [`  - valeur: ${scalar(f.valeur)}`];
  if (f.avant) lines.push(`    avant: ${scalar(f.avant)}`);
  if (f.unite) lines.push(`    unite: ${scalar(f.unite)}`);
  lines.push(`    libelle: ${block(f.libelle, '      ')}`);
  return lines.join('\n');
}

function testimonyYaml(t: Testimony): string {
  return `  - citation: ${block(t.citation, '      ')}\n    auteur: ${scalar(t.auteur)}`;
}

export function ambitionId(code: string, numero: number): string {
  return `${code}-${String(numero).padStart(2, '0')}`;
}

export function defiId(code: string, numero: number): string {
  return `${code}-defi-${numero}`;
}

export function reportToFiles(report: Report): ContentFile[] {
  const files: ContentFile[] = [];
  for (const pacte of report.pactes) {
    files.push({
      path: `pactes/${pacte.slug}.md`,
      text: markdownFile([
        `titre: ${scalar(pacte.titre)}`,
        `titreComplet: ${scalar(pacte.titreComplet)}`,
        `code: ${pacte.code}`,
        `ordre: ${pacte.ordre}`,
      ]),
    });
    for (const defi of pacte.defis) {
      files.push({
        path: `defis/${defiId(pacte.code, defi.numero)}.md`,
        text: markdownFile([`pacte: ${pacte.slug}`, `numero: ${defi.numero}`, `titre: ${scalar(defi.titre)}`]),
      });
      for (const a of defi.ambitions) {
        const fm = [
          `pacte: ${pacte.slug}`,
          `defi: ${defiId(pacte.code, defi.numero)}`,
          `numero: ${a.numero}`,
          `titre: ${scalar(a.titre)}`,
          'actions:',
          ...a.actions.map((text) => `  - ${block(text, '    ')}`),
          'temoignages:',
          ...a.temoignages.map(testimonyYaml),
          'chiffres:',
          ...a.chiffres.map(figureYaml),
          `perspectives: ${block(a.perspectives.join('\n\n'), '  ')}`,
        ];
        files.push({
          path: `ambitions/${ambitionId(pacte.code, a.numero)}.md`,
          text: markdownFile(fm, a.intro.map(escapeBlockStart).join('\n\n')),
        });
      }
    }
  }
  report.themes.forEach((theme, index) => {
    files.push({
      path: `thematiques/${slugify(theme.titre)}.md`,
      text: markdownFile([`titre: ${scalar(theme.titre)}`, `ordre: ${index + 1}`], theme.body),
    });
  });
  files.push({
    path: 'pages/edito.md',
    text: markdownFile(
      [
        'titre: Édito',
        'signature:',
        `  nom: ${scalar(report.edito.signature.nom)}`,
        `  fonction: ${scalar(report.edito.signature.fonction)}`,
      ],
      report.edito.paragraphs.map(escapeBlockStart).join('\n\n'),
    ),
  });
  return files;
}
