/**
 * The content check of `npm run build`, run by build-site.ts in a process of its
 * own: it prints the editors' French messages and the check's summary, and ends
 * with code 1 when there is an error (the build stops there). In its own process,
 * the memory it takes (700 MB at 4 000 ambitions) is given back before Astro
 * starts; the build's process kept it otherwise, beside Astro's.
 */
import { checkContentCached, type CachedContentReport } from './content-check-cache.ts';
import { formatIssues, summarise } from '../report-issues.ts';

/** « 0 erreur, 0 avertissement (2 fichiers revérifiés, 224 repris de la construction précédente). » */
function describeCheck({ issues, unchanged, files }: CachedContentReport): string {
  const summary = summarise(issues).slice(0, -1);
  if (unchanged) return `inchangée depuis la dernière construction (${summary}).`;
  if (!files || files.reused === 0) return `${summary}.`;
  const rechecked = files.rechecked > 1 ? 'fichiers revérifiés' : 'fichier revérifié';
  return `${summary} (${files.rechecked} ${rechecked}, ${files.reused} repris de la construction précédente).`;
}

const check = await checkContentCached();
if (check.issues.length > 0) console.log(formatIssues(check.issues) + '\n');
console.log(`Vérification du contenu : ${describeCheck(check)}`);
process.exit(check.issues.some((issue) => issue.severity === 'error') ? 1 : 0);
