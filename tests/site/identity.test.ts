/**
 * The organisation's identity on every built page (`identite` of
 * content/site.yaml): its style once in each page's <head>, exactly as
 * src/lib/identity/identity-style.ts writes it, and its logo once in the
 * header with its text alternative; neither when site.yaml has no identite
 * (the pages are then the stylesheets' alone). Chromium's view of the colours:
 * tests/browser/identity.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { readSiteConfig } from '../../src/lib/site-config.ts';
import { identityCss } from '../../src/lib/identity/identity-style.ts';
import { logoImage } from '../../src/lib/identity/logo.ts';
import { $$, allPages } from './dist.ts';

describe('the organisation’s identity on every page', () => {
  const identity = readSiteConfig().identite;
  const css = identityCss(identity);
  const logo = logoImage(identity?.logo);

  it(css ? 'has the identity’s style once in its <head>' : 'has no identity style (no identite in site.yaml)', () => {
    for (const page of allPages()) {
      const styles = $$(page.tree, 'head style').map((s) => toString(s));
      expect(styles.filter((text) => text === css).length, page.url).toBe(css ? 1 : 0);
      expect(styles.some((text) => text.includes('html:root')), page.url).toBe(Boolean(css));
    }
  });

  it(logo ? 'shows the logo once in its header, with its alternative' : 'shows no logo (no identite.logo in site.yaml)', () => {
    for (const page of allPages()) {
      const logos = $$(page.tree, 'img.identite-logo');
      expect(logos.length, page.url).toBe(logo ? 1 : 0);
      if (logo) expect($$(page.tree, 'body > header img.identite-logo')[0]?.properties, page.url).toMatchObject({ src: logo.src, alt: logo.alt });
    }
  });
});
