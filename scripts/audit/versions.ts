/** Versions of the audit's tools, read from node_modules (what actually ran, not what package.json asks for). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { espeakVersion } from './espeak.ts';

export function packageVersion(name: string, from = 'node_modules'): string {
  const file = join(from, name, 'package.json');
  if (!existsSync(file)) return 'absent';
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** axe-core as used by a package: its own nested copy if it has one, else the top-level one. */
function nested(parent: string, name: string): string {
  const own = packageVersion(name, join('node_modules', parent, 'node_modules'));
  return own === 'absent' ? packageVersion(name) : own;
}

export interface ToolVersions {
  'pa11y-ci': string;
  pa11y: string;
  'axe-core (pa11y)': string;
  'HTML_CodeSniffer': string;
  'playwright-core': string;
  '@axe-core/playwright': string;
  'axe-core (Playwright)': string;
  'html-validate': string;
  /** The Debian package, not an npm one. */
  'espeak-ng': string;
  node: string;
}

export function toolVersions(): ToolVersions {
  return {
    'pa11y-ci': packageVersion('pa11y-ci'),
    pa11y: packageVersion('pa11y'),
    'axe-core (pa11y)': nested('pa11y', 'axe-core'),
    HTML_CodeSniffer: packageVersion('@pa11y/html_codesniffer'),
    'playwright-core': packageVersion('playwright-core'),
    '@axe-core/playwright': packageVersion('@axe-core/playwright'),
    'axe-core (Playwright)': nested('@axe-core/playwright', 'axe-core'),
    'html-validate': packageVersion('html-validate'),
    'espeak-ng': espeakVersion() ?? 'absent',
    node: process.versions.node,
  };
}
