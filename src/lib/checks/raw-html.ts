/**
 * The HTML a page may contain, checked on the parsed tree (src/lib/checks/markdown-tree.ts),
 * never on the source text: raw HTML is limited to a short allowlist of inline
 * tags, nothing that runs code (script, event handlers, javascript: URLs),
 * embeds another site (iframe, object) or escapes the site's styles (style,
 * form controls). The elements Markdown itself produces are allowed too.
 */
import type { Element } from 'hast';
import { find, html } from 'property-information';

/** Tags an editor may write as raw HTML (the sanitiser, src/markdown/rehype-sanitize-content.ts, keeps them too). */
export const ALLOWED_TAGS = new Set([
  'abbr', 'b', 'br', 'del', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'a', 'p',
]);

/** Elements that Markdown syntax produces (GFM tables, task lists and footnotes included). */
const MARKDOWN_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'img', 'code', 'pre', 'hr',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'section',
]);

const ALLOWED_ATTRIBUTES = new Set(['title', 'lang', 'href', 'class', 'id']);
/** Attributes that Markdown syntax produces: images, table alignment, task lists, footnotes. */
const MARKDOWN_ATTRIBUTES = new Set([
  'src', 'alt', 'align', 'type', 'checked', 'disabled', 'start',
  'data-footnotes', 'data-footnote-ref', 'data-footnote-backref', 'aria-describedby', 'aria-label',
]);

export function isDangerousUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside the scheme: "java\tscript:" still runs.
  const scheme = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:') || (scheme.startsWith('data:') && !scheme.startsWith('data:image/'));
}

export const DANGEROUS_LINK = 'Lien interdit : cette adresse exécuterait du code chez le lecteur. Écrivez une adresse web (https://…) ou une page du site (/…).';

/**
 * Problems of one element of the parsed page: its tag and its attributes (not
 * its URLs' targets). `written` is true for an element written as raw HTML:
 * only the allowlist then (a raw <img> or <table> would be published without
 * what the build does for the Markdown ones).
 */
export function checkElement(element: Element, written: boolean): string[] {
  const name = element.tagName;
  if (!ALLOWED_TAGS.has(name) && (written || !MARKDOWN_TAGS.has(name))) {
    const why = name === 'script'
      ? 'elle exécuterait du code chez le lecteur'
      : ['iframe', 'object', 'embed', 'frame', 'frameset'].includes(name)
        ? 'elle chargerait un autre site dans la page'
        : 'elle n’est pas autorisée dans le contenu';
    return [`HTML interdit : la balise <${name}> ne peut pas être publiée (${why}). Retirez-la ; pour la mise en forme, utilisez le Markdown (**gras**, listes, titres).`];
  }
  const problems: string[] = [];
  for (const property of Object.keys(element.properties)) {
    const attribute = find(html, property).attribute.toLowerCase();
    if (attribute.startsWith('on')) {
      problems.push(`HTML interdit : l’attribut « ${attribute} » de <${name}> exécuterait du code chez le lecteur. Retirez-le.`);
    } else if (!ALLOWED_ATTRIBUTES.has(attribute) && (written || !MARKDOWN_ATTRIBUTES.has(attribute))) {
      problems.push(`HTML interdit : l’attribut « ${attribute} » de <${name}> n’est pas autorisé. Retirez-le.`);
    }
  }
  return problems;
}
