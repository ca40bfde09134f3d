// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from './src/markdown/plugins.ts';
import siteAddress from './src/integrations/site-address.ts';
import contentCheck from './src/integrations/content-check.ts';
import noOriginals from './src/integrations/no-originals.ts';
import reportRoutes from './src/integrations/report-routes.ts';
import { dropStaleContentStore } from './src/lib/build/content-store.ts';

// Entries made by older code (a schema, the reader, a Markdown plugin) must not be served from Astro's cache (src/lib/build/content-store.ts).
dropStaleContentStore();

export default defineConfig({
  trailingSlash: 'always',
  // The site ships no JavaScript of its own; Astro's dev toolbar is not needed either.
  devToolbar: { enabled: false },
  // The public address (`site`) comes from content/site.yaml (src/integrations/site-address.ts). Error pages are not pages to index.
  integrations: [siteAddress(), contentCheck(), reportRoutes(), noOriginals(), mdx(), sitemap({ filter: (page) => !/\/404(\.html|\/)?$/.test(page) })],
  markdown: {
    // French quotes are written « » by the authors: SmartyPants would add English ones.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
    syntaxHighlight: false,
  },
  // Stylesheets inlined in every page: one request and no extra round trip before the first paint
  // (≈ 150 ms on slow 4G), for ≈ 1.1–1.6 kB gzip more per further page (see docs/hebergement.md).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Scripts (the optional search) stay files under /_astro/, never inlined: the CSP allows script-src 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  // A build copies a page from the previous build when nothing it shows changed (src/lib/build/page-keys.ts).
  experimental: { incrementalBuild: true },
});
