/**
 * Raw HTML in Markdown is limited to a short allowlist of inline tags: nothing
 * that runs code (script, event handlers, javascript: URLs), embeds another site
 * (iframe, object) or escapes the site's styles (style, form controls).
 */
export const ALLOWED_TAGS = new Set([
  'abbr', 'b', 'br', 'del', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'a', 'p',
]);
const ALLOWED_ATTRIBUTES = new Set(['title', 'lang', 'href', 'class', 'id']);

export interface HtmlProblem {
  /** Offset in the HTML snippet. */
  offset: number;
  message: string;
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function isDangerousUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside the scheme: "java\tscript:" still runs.
  const scheme = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:') || (scheme.startsWith('data:') && !scheme.startsWith('data:image/'));
}

export function checkRawHtml(html: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  for (const tag of withoutComments.matchAll(TAG)) {
    const name = tag[2]!.toLowerCase();
    if (tag[1]) continue;
    if (!ALLOWED_TAGS.has(name)) {
      const why = ['script'].includes(name)
        ? 'elle exécuterait du code chez le lecteur'
        : ['iframe', 'object', 'embed', 'frame', 'frameset'].includes(name)
          ? 'elle chargerait un autre site dans la page'
          : 'elle n’est pas autorisée dans le contenu';
      problems.push({ offset: tag.index, message: `HTML interdit : la balise <${name}> ne peut pas être publiée (${why}). Retirez-la ; pour la mise en forme, utilisez le Markdown (**gras**, listes, titres).` });
      continue;
    }
    for (const attribute of (tag[3] ?? '').matchAll(ATTRIBUTE)) {
      const attr = attribute[1]!.toLowerCase();
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      if (attr.startsWith('on')) {
        problems.push({ offset: tag.index, message: `HTML interdit : l’attribut « ${attr} » de <${name}> exécuterait du code chez le lecteur. Retirez-le.` });
      } else if (!ALLOWED_ATTRIBUTES.has(attr)) {
        problems.push({ offset: tag.index, message: `HTML interdit : l’attribut « ${attr} » de <${name}> n’est pas autorisé. Retirez-le.` });
      } else if (attr === 'href' && isDangerousUrl(value)) {
        problems.push({ offset: tag.index, message: `Lien interdit : une adresse « ${value.slice(0, 20)}… » exécuterait du code chez le lecteur. Écrivez une adresse web (https://…) ou une page du site (/…).` });
      }
    }
  }
  return problems;
}
