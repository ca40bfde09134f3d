/**
 * A FALC page's `titre` (its heading, and its name in the lists and the
 * sommaire) and `description` (what a search engine or a shared link shows)
 * are read by the page's readers: they are FALC text, held to the prose rules.
 * The rules that read a page as a whole (sections, pictograms, the spread of
 * sentence lengths, the review record) need a page and stay silent on a
 * single line; a title is never asked for a verb or a final full stop.
 */
import type { ContentFile } from '../../model/content-file.ts';
import { textStartOfPath } from '../checks/yaml-lines.ts';
import type { FalcFieldText } from './lint-falc-field.ts';

export const TITLE_FIELDS = ['titre', 'description'] as const;

export function titleTexts(page: ContentFile): FalcFieldText[] {
  return TITLE_FIELDS.flatMap((key) => {
    const text = page.data[key];
    if (typeof text !== 'string' || text.trim() === '') return [];
    return [{ file: page.path, text, ...textStartOfPath(page.source, page.text, [key]) }];
  });
}
