/**
 * Printing with Debian's Chromium: the assembled document is served at an address
 * of the local copy of the site, so its images and other files load as on the site.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { startStaticServer, type StaticServer } from '../audit/server.ts';

/** Page numbers for readers who print or quote a page ("page 12 sur 60"). */
const FOOTER = `<div style="width: 100%; font-size: 9pt; text-align: center; font-family: system-ui, sans-serif;">
Page <span class="pageNumber"></span> sur <span class="totalPages"></span></div>`;

export interface Printer {
  print(html: string, outFile: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPrinter(dist: string): Promise<Printer> {
  const server: StaticServer = await startStaticServer(dist);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    async print(html, outFile) {
      const page = await browser.newPage();
      try {
        // An address no built page has: the document is only ever served from memory.
        const address = `${server.origin}/document-a-imprimer.html`;
        await page.route(address, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
        await page.goto(address, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await page.pdf({
          path: outFile,
          format: 'A4',
          tagged: true,
          outline: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: FOOTER,
          margin: { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' },
        });
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
