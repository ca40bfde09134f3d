/**
 * A file name as one segment of a site address: percent-encoded, except the characters a path segment holds as
 * they are (RFC 3986: `:`, `@` and the sub-delimiters). A server that decodes addresses with `decodeURI`, as
 * Astro's preview does, leaves those encoded and finds no file: `/pictogrammes/help_%2C_to.svg` was a broken image
 * there, on 39 of the bilan's 112 pages, while nginx served it.
 */
export function pathSegment(name: string): string {
  return encodeURIComponent(name).replace(/%(?:3A|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (escape) => decodeURIComponent(escape));
}
