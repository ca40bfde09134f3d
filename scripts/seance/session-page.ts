/**
 * One FALC page as read in a review session: its title, its text rendered by the
 * site's own Markdown pipeline (FALC layout: pictograms, one sentence per line;
 * French typography), and its comprehension questions from the front matter.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { renderMarkdown } from '../../src/markdown/render-markdown.ts';
import { typesetHtml } from '../../src/markdown/typeset-html.ts';
import { splitFrontMatter } from '../../src/model/front-matter.ts';
import { QuestionsSchema } from '../../src/schemas/falc-page.ts';
import { isPictogramName, pictogramUrl } from '../../src/lib/pictograms/pictograms.ts';
import type { PageFiles } from '../../src/lib/page-names.ts';

export interface SessionQuestion {
  question: string;
  reponse?: string | undefined;
}

export interface SessionPage {
  /** Short name, `<collection>/<id>`: what `falc:valider` is given. */
  page: string;
  falcFile: string;
  title: string;
  /** The rendered FALC text, headings one level down (the page's title is the section's heading). */
  content: ElementContent[];
  /** The key figure sentences shown as cards on the page (FALC accueil and pactes): readers check them too. */
  keyFigures: KeyFigureText[];
  questions: SessionQuestion[];
}

export interface KeyFigureText {
  /** Address of the card's pictogram (a drawing of public/pictogrammes/, copied with the pack), when its name is known. */
  pictogram?: string | undefined;
  /** One sentence per line, as on the card, each typeset as HTML (src/markdown/typeset-html.ts). */
  lines: string[];
}

export class SessionPageError extends Error {}

function keyFigureTexts(value: unknown): KeyFigureText[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const { texte, pictogramme } = (entry ?? {}) as { texte?: unknown; pictogramme?: unknown };
    if (typeof texte !== 'string') return [];
    const pictogram = typeof pictogramme === 'string' && isPictogramName(pictogramme) ? pictogramUrl(pictogramme) : undefined;
    return [{ pictogram, lines: texte.split('\n').map((line) => typesetHtml(line.trim())).filter(Boolean) }];
  });
}

/** h2 → h3…: in the pack, each page is a section under the pack's own title. */
function demoteHeadings(nodes: ElementContent[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const level = /^h([1-5])$/.exec(node.tagName);
    if (level) node.tagName = `h${Number(level[1]) + 1}`;
    demoteHeadings(node.children);
  }
}

export function readSessionPage(files: PageFiles, root = process.cwd()): SessionPage {
  const path = resolve(root, files.falcFile);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SessionPageError(`${files.falcFile} n’existe pas : écrivez d’abord la version facile à lire de « ${files.page} ».`);
  }
  const { data, body } = splitFrontMatter(text);
  const titre = typeof data.titre === 'string' ? data.titre.trim() : '';
  if (!titre) throw new SessionPageError(`${files.falcFile} : la page n’a pas de titre (« titre: » dans l’en-tête).`);
  if (data.questions === undefined) {
    throw new SessionPageError(
      `${files.falcFile} : pas de questions de compréhension. Ajoutez dans l’en-tête 2 à 4 questions à poser aux lecteurs ` +
        '(« questions: », puis une ligne « - question: … ? » par question, avec si besoin « reponse: … »).',
    );
  }
  const questions = QuestionsSchema.safeParse(data.questions);
  if (!questions.success) {
    throw new SessionPageError(`${files.falcFile} : les questions sont mal écrites (${questions.error.issues[0]!.message}). Lancez npm run lint:content pour le détail.`);
  }
  // The same plugins as the site; the path tells them it is a FALC page.
  const html = typesetHtml(renderMarkdown(body, path));
  const content = fromHtml(html, { fragment: true }).children as ElementContent[];
  demoteHeadings(content);
  return {
    page: files.page,
    falcFile: files.falcFile,
    title: typesetHtml(titre),
    content: content.filter((node) => node.type !== 'comment'),
    keyFigures: keyFigureTexts(data.chiffresCles),
    questions: questions.data.map((q) => ({ question: typesetHtml(q.question), reponse: q.reponse && typesetHtml(q.reponse) })),
  };
}
