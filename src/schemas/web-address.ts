import { z } from 'astro/zod';

/**
 * An address of a web page (https:// or http://), nothing else: a `javascript:`
 * or `data:` address in a setting would run code on every page that shows it.
 */
export const webAddress = (message = 'écrivez une adresse web complète, qui commence par « https:// ».') =>
  z.url({ protocol: /^https?$/, error: message });
