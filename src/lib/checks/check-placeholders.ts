/**
 * Text still to write: the templates of `npm run nouvelle-page` and `npm run nouveau-rapport` mark every
 * place to fill with « À COMPLÉTER ». A page that still holds one is not ready
 * to publish, so it stops the build, at the line to fill.
 */
import type { ContentIssue } from '../pairing/check-pairs.ts';
import type { ContentFile } from '../../model/content-file.ts';

export const TO_FILL = 'À COMPLÉTER';

export function checkPlaceholders(file: ContentFile): ContentIssue[] {
  return file.text.split('\n').flatMap((line, index) =>
    line.includes(TO_FILL)
      ? [{
          file: file.path, line: index + 1, column: line.indexOf(TO_FILL) + 1, severity: 'error' as const,
          message: `Texte à écrire : remplacez « ${TO_FILL} » par le texte de la page.`,
        }]
      : [],
  );
}
