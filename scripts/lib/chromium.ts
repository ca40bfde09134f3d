/**
 * Debian's Chromium, the one browser of every tool and test: the audit (Playwright
 * and pa11y-ci), the PDF printer, the review-session pack, Lighthouse and the
 * browser tests. Its path, its flags and how Playwright starts it are written here
 * only, so that every check sees the pages in the same browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Installed by scripts/ensure-system-packages.sh (Playwright and puppeteer never download one).
 * `CHROME_PATH`, the variable chrome-launcher reads, can name another build.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * For launchers that take a command line (chrome-launcher, pa11y-ci's puppeteer) as for Playwright:
 * no window; no sandbox (CI containers run as root); no GPU; /tmp rather than a small /dev/shm;
 * nothing fetched or updated in the background, so that a run depends only on the pages.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  /**
   * The caller handles Ctrl+C, SIGTERM and SIGHUP itself (the audit first stops its pa11y-ci): Playwright
   * then leaves those signals alone. It still closes Chromium when the process exits.
   */
  ownSignals?: boolean;
}

/** Chromium driven by Playwright. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const signals = options.ownSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {};
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS], headless: true, ...signals });
}

/** What an editor's command says when Chromium is not installed; undefined when it is. */
export function missingChromiumMessage(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `Chromium est introuvable (${CHROMIUM_PATH}) : installez-le avec « sudo bash scripts/ensure-system-packages.sh ».`;
}
