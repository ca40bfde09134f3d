/**
 * An image the site would publish, from a Markdown body or a front-matter photo
 * (`image.src`): a file of the project, in a format the build re-encodes
 * (sharp reads it, strips its metadata, writes AVIF/WebP/JPEG), never a file
 * of another site. SVG is refused rather than sanitised: it can carry scripts
 * that would run on the site's origin, and a photo or a chart is published as
 * well as JPEG or PNG. HEIC (iPhones) and other formats are refused because
 * the build cannot publish them. The file's real format is read by sharp, not
 * guessed from its name.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { isDangerousUrl } from './raw-html.ts';

/** Above this, a source photo is a camera original: the build is slow and the repository grows. */
export const SOURCE_WARNING_BYTES = 10 * 1024 * 1024;
/** The widest a photo is published (src/components/ReportImage.astro, src/markdown/rehype-image-widths.ts). */
export const LARGEST_PUBLISHED_WIDTH = 1080;

const EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);

export interface ImageProblem {
  severity: 'error' | 'warning';
  message: string;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
const EXPORT = 'Exportez-la en JPEG (photo) ou en PNG (schéma, capture d’écran) et écrivez le nouveau nom.';

/**
 * `url` as written by the editor; `from` the content file (path from the project root).
 * `alt` is checked by the caller (a front-matter photo may be decorative).
 */
export async function checkImageFile(url: string, from: string, root: string): Promise<ImageProblem[]> {
  const error = (message: string): ImageProblem[] => [{ severity: 'error', message }];
  const address = addressProblem(url);
  if (address) return error(address);
  const projectRoot = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURI(url);
  } catch {
    decoded = url;
  }
  const target = resolve(projectRoot, dirname(from), decoded);
  if (!target.startsWith(resolve(projectRoot, 'content') + sep)) return error(`Chemin d’image hors du projet (« ${url} ») : l’image doit être dans le dossier content/.`);
  const shown = relative(projectRoot, target);
  if (!existsSync(target) || !statSync(target).isFile()) return error(`Image introuvable : ${shown} n’existe pas. Vérifiez le nom du fichier (majuscules, accents, extension).`);

  const format = await realFormat(target);
  const extension = extname(target).toLowerCase();
  if (format === 'svg' || extension === '.svg') {
    return error(`Image SVG refusée (${shown}) : un fichier SVG peut contenir du code qui s’exécuterait sur le site. ${EXPORT}`);
  }
  if (format === 'heic' || ['.heic', '.heif'].includes(extension)) {
    return error(`Photo HEIC refusée (${shown}) : ce format d’iPhone ne peut pas être publié. ${EXPORT.replace('Exportez-la', 'Exportez-la depuis l’application Photos')}`);
  }
  if (format === undefined) return error(`${shown} n’est pas une image lisible (fichier abîmé ou d’un autre type). ${EXPORT}`);
  if (!['jpeg', 'png', 'webp', 'avif'].includes(format) || !EXTENSIONS.has(extension)) {
    return error(`Format d’image non publié (${shown}, ${format.toUpperCase()}) : le site publie les images JPEG, PNG, WebP et AVIF. ${EXPORT}`);
  }
  const bytes = statSync(target).size;
  if (bytes > SOURCE_WARNING_BYTES) {
    return [{
      severity: 'warning',
      message: `Image très lourde (${shown}, ${megabytes(bytes)} Mo ; au-delà de ${megabytes(SOURCE_WARNING_BYTES)} Mo, c’est un original d’appareil photo) : le site la publie au plus à ${LARGEST_PUBLISHED_WIDTH} px de large. Réduisez-la à 2 000 px de large environ avant de l’ajouter, la construction sera plus rapide et le dépôt plus léger.`,
    }];
  }
  return [];
}

/** An address that is not a file of the project: code, or another site (the site loads nothing from elsewhere). */
export function addressProblem(url: string): string | undefined {
  if (isDangerousUrl(url)) return 'Image interdite : cette adresse exécuterait du code chez le lecteur.';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    return `Image d’un autre site (« ${url} ») : le site ne charge rien ailleurs. Enregistrez l’image dans le dossier de la page et écrivez son chemin, par exemple « ./images/photo.jpg ».`;
  }
  return undefined;
}

/** The file's real format as sharp reads it: `jpeg`, `png`, `webp`, `avif`, `heic`, `svg`, `gif`…, or undefined if unreadable. */
async function realFormat(file: string): Promise<string | undefined> {
  try {
    const { format, compression } = await sharp(file).metadata();
    // AVIF and HEIC share the HEIF container: the codec tells them apart.
    if (format === 'heif') return compression === 'av1' ? 'avif' : 'heic';
    return format;
  } catch {
    return undefined;
  }
}
