/**
 * `npm run publier:verifier`: run before putting the site online, after
 * `npm run build`. Fails (exit code 1) while an example value of the starter
 * content (example.org, « à remplacer », « à préciser ») is left in content/ or
 * in the built site: the accessibility statement must give a real contact.
 */
import { existsSync } from 'node:fs';
import { formatPlaceholders, placeholderCount, publicationPlaceholders } from '../src/lib/checks/publication-placeholders.ts';

if (!existsSync('dist/index.html')) {
  console.error('✖ Le site construit est introuvable (dist/index.html manque) : lancez d’abord « npm run build ».');
  process.exit(1);
}
const hits = publicationPlaceholders();
if (placeholderCount(hits) > 0) {
  console.error(`✖ Le site n’est pas prêt à publier.\n${formatPlaceholders(hits)}`);
  process.exit(1);
}
console.log('✔ Aucune valeur d’exemple dans content/ ni dans dist/ : le site peut être publié.');
